package dev.newsflow.measure.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * New German-like text made from the words of real articles: each next word follows the one
 * before it as in the source half of the time, and is any word of the source otherwise. Real
 * word pairs make it read like news to a tokenizer and a tagger; the random half keeps two
 * generated paragraphs from being alike, so that they are not near copies of each other.
 */
public final class GermanLikeText {

    private final Random random;
    private final List<String> words = new ArrayList<>();
    private final List<String> lowerCase = new ArrayList<>();
    private final List<String> sentenceStarts = new ArrayList<>();
    private final Map<String, List<String>> followers = new HashMap<>();

    GermanLikeText(List<String> paragraphs, Random random) {
        this.random = random;
        for (String paragraph : paragraphs) {
            String previous = null;
            for (String word : paragraph.split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                words.add(word);
                if (Character.isLowerCase(word.codePointAt(0)) && word.chars().allMatch(Character::isLetter)) {
                    lowerCase.add(word);
                }
                if (previous == null || endsSentence(previous)) {
                    if (Character.isUpperCase(word.codePointAt(0))) {
                        sentenceStarts.add(word);
                    }
                } else {
                    followers.computeIfAbsent(previous, k -> new ArrayList<>()).add(word);
                }
                previous = word;
            }
        }
    }

    String headline() {
        return sentence(4, 9).replaceAll("[.]$", "");
    }

    String paragraph() {
        int sentences = 1 + random.nextInt(3);
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                paragraph.append(' ');
            }
            paragraph.append(sentence(8, 24));
        }
        return paragraph.toString();
    }

    /** A lower-case word of the source, for changing a word of a copy. */
    String lowerCaseWord() {
        return lowerCase.get(random.nextInt(lowerCase.size()));
    }

    private String sentence(int minWords, int maxWords) {
        StringBuilder sentence = new StringBuilder(sentenceStarts.get(random.nextInt(sentenceStarts.size())));
        String previous = sentence.toString();
        int length = minWords + random.nextInt(maxWords - minWords + 1);
        for (int i = 1; i < length; i++) {
            List<String> next = followers.get(previous);
            String word = next != null && random.nextBoolean()
                    ? next.get(random.nextInt(next.size())) : words.get(random.nextInt(words.size()));
            word = word.replaceAll("[.!?:]+$", "");
            if (word.isEmpty()) {
                continue;
            }
            sentence.append(' ').append(word);
            previous = word;
        }
        return sentence.append('.').toString();
    }

    private static boolean endsSentence(String word) {
        return word.matches(".*[.!?:][\"“”»]?$");
    }
}
