package dev.newsflow.enrich.roles;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which of the classifier's word lists each word is on, as bits, so that a word is looked up once
 * rather than in each list: a paragraph of news has about 30 words, each was looked up in nine
 * sets and, after a word that may start a phrase, four more, and that was about a tenth of a
 * stream thread's time (docs/benchmarks.md). Membership is exactly the lists' own.
 */
final class WordLists {

    static final int FUNCTION = 1;
    static final int READER_ADDRESS = 1 << 1;
    static final int LEGAL = 1 << 2;
    static final int BIOGRAPHY = 1 << 3;
    static final int SERVICE = 1 << 4;
    static final int NAVIGATION = 1 << 5;
    static final int DATE = 1 << 6;
    static final int PICTURE_SOURCE = 1 << 7;
    static final int AGENCY = 1 << 8;
    /** The first word of a two-word phrase on one of the lists: only after one is the pair looked up. */
    static final int STARTS_PHRASE = 1 << 9;
    static final int MONTH = 1 << 10;
    static final int TIME_UNIT = 1 << 11;

    private static final Map<String, Integer> WORDS = new HashMap<>();
    private static final Map<String, Integer> PHRASES = new HashMap<>();

    static {
        add(WORDS, FunctionWords.all(), FUNCTION);
        add(WORDS, Vocabulary.READER_ADDRESS, READER_ADDRESS);
        add(WORDS, Vocabulary.LEGAL_WORDS, LEGAL);
        add(WORDS, Vocabulary.BIOGRAPHY_WORDS, BIOGRAPHY);
        add(WORDS, Vocabulary.SERVICE_WORDS, SERVICE);
        add(WORDS, Vocabulary.NAVIGATION_WORDS, NAVIGATION);
        add(WORDS, Vocabulary.DATE_WORDS, DATE);
        add(WORDS, Vocabulary.PICTURE_SOURCES, PICTURE_SOURCE);
        add(WORDS, Vocabulary.AGENCIES, AGENCY);
        add(WORDS, Vocabulary.MONTHS, MONTH);
        add(WORDS, Vocabulary.TIME_UNITS, TIME_UNIT);
        add(PHRASES, Vocabulary.SERVICE_PHRASES, SERVICE);
        add(PHRASES, Vocabulary.NAVIGATION_PHRASES, NAVIGATION);
        add(PHRASES, Vocabulary.DATE_PHRASES, DATE);
        add(PHRASES, Vocabulary.PICTURE_PHRASES, PICTURE_SOURCE);
        for (String phrase : PHRASES.keySet()) {
            WORDS.merge(phrase.substring(0, Math.max(phrase.indexOf(' '), 0)), STARTS_PHRASE, (a, b) -> a | b);
        }
    }

    private WordLists() {}

    /** The lists a word (in lower case, without the punctuation around it) is on. */
    static int of(String word) {
        return WORDS.getOrDefault(word, 0);
    }

    /** The phrase lists a pair of words is on, looked up only where the first may start a phrase. */
    static int ofPair(String first, int firstLists, String second) {
        return (firstLists & STARTS_PHRASE) == 0 ? 0 : PHRASES.getOrDefault(first + " " + second, 0);
    }

    private static void add(Map<String, Integer> lists, Set<String> words, int bit) {
        for (String word : words) {
            lists.merge(word, bit, (a, b) -> a | b);
        }
    }
}
