package dev.newsflow.measure.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Copy-editing: what a near copy may differ in. A name spelt another way, a credit added,
 * two neighbouring words swapped, a word deleted, a word changed. Numbers are never touched:
 * a changed figure is news.
 */
public final class NearEdits {

    private static final Map<String, String> RESPELLINGS = Map.of(
            "Jong-un", "Jong Un", "Selenskyj", "Selensky", "Kiew", "Kyjiw", "Pjöngjang", "Pyongyang", "Lawrow", "Lavrov");
    private static final List<String> CREDITS = List.of("(Archivbild)", "(dpa)", "Foto: AFP", "(mit Material von Reuters)");

    private final Random random;
    private final GermanText text;

    NearEdits(Random random, GermanText text) {
        this.random = random;
        this.text = text;
    }

    String apply(String paragraph, int edits) {
        List<String> words = new ArrayList<>(Arrays.asList(paragraph.split(" ")));
        boolean credited = false;
        for (int i = 0; i < edits; i++) {
            switch (random.nextInt(5)) {
                case 0 -> respell(words);
                case 1 -> {
                    if (!credited) {
                        words.add(CREDITS.get(random.nextInt(CREDITS.size())));
                        credited = true;
                    } else {
                        swap(words);
                    }
                }
                case 2 -> swap(words);
                case 3 -> delete(words);
                default -> change(words);
            }
        }
        return String.join(" ", words);
    }

    private void respell(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            for (Map.Entry<String, String> variant : RESPELLINGS.entrySet()) {
                if (words.get(i).contains(variant.getKey())) {
                    words.set(i, words.get(i).replace(variant.getKey(), variant.getValue()));
                    return;
                }
            }
        }
        change(words);
    }

    private void swap(List<String> words) {
        int i = wordAt(words, 1);
        if (i >= 0 && i + 1 < words.size() && !isNumber(words.get(i + 1))) {
            String swapped = words.get(i);
            words.set(i, words.get(i + 1));
            words.set(i + 1, swapped);
        }
    }

    private void delete(List<String> words) {
        int i = wordAt(words, 1);
        if (i >= 0) {
            words.remove(i);
        }
    }

    private void change(List<String> words) {
        int i = wordAt(words, 1);
        if (i >= 0) {
            words.set(i, text.lowerCaseWord());
        }
    }

    /** A random word that is not a number, from the given position on; -1 if there is none. */
    private int wordAt(List<String> words, int from) {
        for (int attempt = 0; attempt < 10 && words.size() > from + 1; attempt++) {
            int i = from + random.nextInt(words.size() - from - 1);
            if (!isNumber(words.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNumber(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }
}
