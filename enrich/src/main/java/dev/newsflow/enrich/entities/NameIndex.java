package dev.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The knowledge base's names as token sequences, for finding them in a tokenised sentence: exact
 * spelling and case (a lower-case "union" is no name), the last token optionally with a genitive
 * -s ("Putins", "Kim Jong-uns"). Ambiguous aliases and inhabitants' names are not in it.
 */
final class NameIndex {

    /** A known name found at tokens {@code from} to {@code to} (exclusive). */
    record Match(int from, int to, KnownEntity entity) {}

    private record Entry(String[] tokens, KnownEntity entity) {}

    private final Map<String, List<Entry>> byFirstToken = new HashMap<>();
    /** Tokens that start or end a person's known name ("Kim", "Wladimir", "Putin"), with those persons. */
    private final Map<String, Set<KnownEntity>> personNameParts = new HashMap<>();

    NameIndex(KnowledgeBase knowledgeBase) {
        for (KnownEntity entity : knowledgeBase.entities()) {
            for (String name : entity.findableNames()) {
                String[] tokens = name.strip().split("\\s+");
                byFirstToken.computeIfAbsent(tokens[0], t -> new ArrayList<>()).add(new Entry(tokens, entity));
                if (EntityTypes.PER.equals(entity.type()) && tokens.length > 1) {
                    personNameParts.computeIfAbsent(tokens[0], t -> new HashSet<>()).add(entity);
                    personNameParts.computeIfAbsent(tokens[tokens.length - 1], t -> new HashSet<>()).add(entity);
                }
            }
        }
        // longest first, so that "Kim Jong Un" wins over "Kim Jong"
        byFirstToken.values().forEach(entries -> entries.sort(Comparator.comparingInt((Entry e) -> -e.tokens().length)));
    }

    /** The longest known name that starts at token {@code from}, or null. */
    Match longestAt(Sentence sentence, int from) {
        String first = sentence.token(from).text();
        List<Entry> entries = byFirstToken.get(first);
        if (entries != null) {
            for (Entry entry : entries) {
                if (matches(entry.tokens(), sentence, from)) {
                    return new Match(from, from + entry.tokens().length, entry.entity());
                }
            }
        }
        String bare = withoutGenitive(first);
        if (bare != null) {
            for (Entry entry : byFirstToken.getOrDefault(bare, List.of())) {
                if (entry.tokens().length == 1) {
                    return new Match(from, from + 1, entry.entity());
                }
            }
        }
        return null;
    }

    /** The entity whose whole name the given words are (a genitive -s allowed), or null. */
    KnownEntity named(String[] words) {
        List<Entry> entries = byFirstToken.get(words[0]);
        if (entries == null && words.length == 1 && withoutGenitive(words[0]) != null) {
            entries = byFirstToken.get(withoutGenitive(words[0]));
        }
        if (entries == null) {
            return null;
        }
        for (Entry entry : entries) {
            if (entry.tokens().length == words.length && sameWords(entry.tokens(), words)) {
                return entry.entity();
            }
        }
        return null;
    }

    /** The persons whose known name starts or ends with this token. */
    Set<KnownEntity> personsNamed(String token) {
        return personNameParts.getOrDefault(token, Set.of());
    }

    private static boolean matches(String[] name, Sentence sentence, int from) {
        if (from + name.length > sentence.size()) {
            return false;
        }
        for (int k = 1; k < name.length; k++) {
            String text = sentence.token(from + k).text();
            boolean last = k == name.length - 1;
            if (!text.equals(name[k]) && !(last && isGenitiveOf(text, name[k]))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameWords(String[] name, String[] words) {
        for (int k = 0; k < name.length; k++) {
            boolean last = k == name.length - 1;
            if (!words[k].equals(name[k]) && !(last && isGenitiveOf(words[k], name[k]))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isGenitiveOf(String text, String name) {
        return text.length() == name.length() + 1 && text.endsWith("s") && text.startsWith(name);
    }

    /** "Putins" → "Putin"; null where the word cannot be a genitive of a longer name. */
    private static String withoutGenitive(String word) {
        return word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : null;
    }
}
