package dev.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The title of a work in quotation marks after a noun saying what kind of work it is, is one MISC
 * mention, whatever the model found inside it: "der Song „One Bullet Left“", "für sein Bild
 * „Befreiung Helenas durch Kastor und Pollux“" (not a person in it), "der
 * Dokumentationssendung „37 Grad“" (missed by the model). The noun may be a compound
 * ("Fernsehserie", "Debütalbum") or inflected ("Films", "Romans"). The title must start with a
 * capital or a digit and close within {@value #MAX_WORDS} words; a mention of the model that
 * reaches across a quotation mark is left alone. Magazines and newspapers are organisations
 * ({@link OrganisationNouns}), so they are not among the nouns.
 */
final class QuotedTitles implements ChunkRule {

    static final int MAX_WORDS = 15;

    /** Last parts of nouns for kinds of work, lower case. */
    private static final List<String> NOUNS = List.of(
            "film", "buch", "roman", "album", "song", "single", "lied", "sendung", "serie", "sendereihe",
            "artikel", "bild", "gemälde", "motto", "theaterstück", "oper", "operette", "musical", "gedicht",
            "gedichtband", "hörspiel", "dokumentation", "ausstellung", "spiel", "komödie", "tragödie", "drama",
            "ballett", "show", "kolumne", "essay", "aufsatz", "erzählung", "novelle", "märchen", "schlager",
            "hit", "titelsong");
    private static final Map<String, String> CLOSING = Map.of(
            "\"", "\"", "„", "“", "“", "”", "»", "«", "«", "»");

    @Override
    public String name() {
        return "quoted-titles";
    }

    @Override
    public List<Chunk> apply(Sentence sentence, List<Chunk> chunks) {
        List<Chunk> result = chunks;
        for (int open = 1; open + 2 < sentence.size(); open++) {
            String closing = CLOSING.get(sentence.token(open).text());
            if (closing == null || !namesAWork(sentence.token(open - 1))) {
                continue;
            }
            int close = closingAt(sentence, open, closing);
            if (close < 0) {
                continue;
            }
            Token first = sentence.token(open + 1);
            if (!first.isCapitalised() && !Character.isDigit(first.text().charAt(0))) {
                continue;
            }
            List<Chunk> inside = new ArrayList<>();
            boolean crosses = false;
            for (Chunk chunk : result) {
                if (chunk.overlaps(open, close + 1)) {
                    if (chunk.from() <= open || chunk.to() > close) {
                        crosses = true;
                    }
                    inside.add(chunk);
                }
            }
            if (crosses || Chunks.at(result, open - 1) != null) {
                continue;
            }
            result = Chunks.replace(result, inside, List.of(Chunk.of(open + 1, close, EntityTypes.MISC)));
            open = close;
        }
        return result;
    }

    private static int closingAt(Sentence sentence, int open, String closing) {
        int last = Math.min(sentence.size() - 1, open + MAX_WORDS + 1);
        for (int i = open + 2; i <= last; i++) {
            String text = sentence.token(i).text();
            if (text.equals(closing)) {
                return i;
            }
            if (CLOSING.containsKey(text) && !text.equals(closing)) {
                return -1; // another quotation opens: not a simple title
            }
        }
        return -1;
    }

    /** "Film", "Films", "Fernsehserie", "Debütalbum", "Dokumentationssendung". */
    static boolean namesAWork(Token token) {
        if (!token.isCapitalised()) {
            return false;
        }
        String word = token.text().toLowerCase(Locale.GERMAN);
        for (String noun : NOUNS) {
            if (word.endsWith(noun) || word.endsWith(noun + "s") || word.endsWith(noun + "es")
                    || word.endsWith(noun + "en") || word.endsWith(noun + "e")) {
                return true;
            }
        }
        return false;
    }
}
