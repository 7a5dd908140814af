package dev.newsflow.measure.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A paragraph built on the template of another, about other people, places and figures: every
 * number is changed, every known name is swapped for another, and at least two slots differ
 * (capitalised words inside sentences become names where the paragraph has too few; where it
 * has too few of those as well, there is no template: null). Such a paragraph looks like its
 * template but is news of its own.
 */
public final class Template {

    private static final int MIN_SLOTS = 2;

    private Template() {}

    static String refill(String paragraph, Random random, List<String> people, List<String> places) {
        List<String> words = new ArrayList<>(Arrays.asList(paragraph.split(" ")));
        int changed = 0;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String bare = word.replaceAll("[^\\p{L}\\p{N}.,-]", "").replaceAll("[.,]$", "");
            if (bare.chars().anyMatch(Character::isDigit)) {
                words.set(i, word.replace(bare, Integer.toString(2 + random.nextInt(9_000))));
                changed++;
            } else if (people.contains(bare) || places.contains(bare)) {
                List<String> kind = people.contains(bare) ? people : places;
                words.set(i, word.replace(bare, other(kind, bare, random)));
                changed++;
            }
        }
        for (int i = 1; i < words.size() && changed < MIN_SLOTS; i++) {
            String word = words.get(i);
            if (Character.isUpperCase(word.codePointAt(0)) && !words.get(i - 1).matches(".*[.!?:]$")) {
                words.set(i, other(places, word, random) + word.replaceAll("^\\p{L}+", ""));
                changed++;
            }
        }
        return changed < MIN_SLOTS ? null : String.join(" ", words);
    }

    private static String other(List<String> names, String not, Random random) {
        String name;
        do {
            name = names.get(random.nextInt(names.size()));
        } while (name.equals(not));
        return name;
    }
}
