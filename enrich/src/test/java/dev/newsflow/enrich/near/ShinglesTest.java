package dev.newsflow.enrich.near;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ShinglesTest {

    @Test
    void shouldSplitWordsAfterNormalisationKeepingNumbersWhole() {
        assertEquals(List.of("kim", "jong", "un", "schickt", "1.500", "soldaten", "3,5", "km"),
                Shingles.words("Kim Jong-un schickt 1.500 Soldaten – 3,5 km."));
    }

    @Test
    void shouldTreatSpellingVariantsOfNamesAsTheSameWords() {
        assertEquals(1.0, Shingles.of("Wladimir Putin und Kim Jong-un stoßen an.")
                .jaccard(Shingles.of("Wladimir Putin und Kim Jong Un stoßen an.")));
    }

    @Test
    void shouldMeasureSharedWords() {
        Shingles a = Shingles.of("eins zwei drei vier fünf");
        Shingles b = Shingles.of("eins vier zwei drei sechs");
        assertEquals(4.0 / 6.0, a.jaccard(b), 1e-9, "4 shared words of 6, whatever their order");
    }

    @Test
    void shouldCountInflectionsAsTheSameWord() {
        assertEquals(1.0, Shingles.of("Putins Armee nordkoreanischen").jaccard(Shingles.of("Putin Armee nordkoreanische")));
    }

    @Test
    void shouldTakeNamesFromCapitalisedWordsButNotFromCredits() {
        assertEquals("kim nordkorea putin soldaten", Shingles.of("Putin schickt Soldaten nach Nordkorea zu Kim. (Archivbild) Foto: AFP").names());
    }

    @Test
    void shouldCollectTheNumbersInOrder() {
        assertEquals("10.000 18", Shingles.of("Rund 10.000 Soldaten, davon 18 geflohen").numbers());
        assertTrue(Shingles.of("Keine Zahl hier").numbers().isEmpty());
    }

    @Test
    void shouldNeverCountFewerWordsInCommonThanTwoSetsShare() {
        java.util.Random random = new java.util.Random(3);
        for (int pair = 0; pair < 20_000; pair++) {
            java.util.Set<Integer> common = randomSet(random, random.nextInt(40));
            java.util.Set<Integer> a = new java.util.TreeSet<>(common);
            java.util.Set<Integer> b = new java.util.TreeSet<>(common);
            a.addAll(randomSet(random, random.nextInt(40)));
            b.addAll(randomSet(random, random.nextInt(40)));
            Shingles x = new Shingles(a.stream().mapToInt(Integer::intValue).toArray(), a.size(), "", "");
            Shingles y = new Shingles(b.stream().mapToInt(Integer::intValue).toArray(), b.size(), "", "");
            int bound = x.sharedAtMost(y);
            java.util.Set<Integer> both = new java.util.TreeSet<>(a);
            both.retainAll(b);
            int shared = both.size();
            assertTrue(bound < 0 || bound >= shared, bound + " < " + shared);
            assertEquals(bound, naiveSharedAtMost(x.hashes(), y.hashes()));
        }
    }

    /** The sum over 32 ranges of hash values of the smaller count, or -1 where a count passes 7. */
    private static int naiveSharedAtMost(int[] a, int[] b) {
        int[] countsA = new int[32];
        int[] countsB = new int[32];
        for (int hash : a) {
            countsA[hash >>> 27]++;
        }
        for (int hash : b) {
            countsB[hash >>> 27]++;
        }
        int sum = 0;
        for (int range = 0; range < 32; range++) {
            if (countsA[range] > 7 || countsB[range] > 7) {
                return -1;
            }
            sum += Math.min(countsA[range], countsB[range]);
        }
        return sum;
    }

    private static java.util.Set<Integer> randomSet(java.util.Random random, int size) {
        java.util.Set<Integer> set = new java.util.TreeSet<>();
        while (set.size() < size) {
            set.add(random.nextInt());
        }
        return set;
    }

    /**
     * The names as first written, with patterns: the tokens between runs of white space of the
     * paragraph without asides and credits, from their first letter or digit on.
     */
    private static List<String> namesByPatterns(String paragraph) {
        String text = Pattern.compile("(Foto|Bild|Fotos):\\s*\\S+")
                .matcher(Pattern.compile("\\([^)]*\\)").matcher(paragraph).replaceAll(" ")).replaceAll(" ");
        List<String> names = new ArrayList<>();
        for (String token : Pattern.compile("[\\s\\u00A0]+").split(text)) {
            String word = token.replaceFirst("^[^\\p{L}\\p{N}]+", "");
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                names.addAll(Shingles.words(word));
            }
        }
        names.sort(null);
        return names;
    }

    @Test
    void findsTheNamesThePatternsFoundOnTheCorpusAndOnRandomText() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("../corpus"))) {
            for (Path file : files.sorted().toList()) {
                lines.addAll(Files.readAllLines(file));
            }
        }
        String[] pieces = {"Merkel", "sagte", " ", "  ", "\u00A0", "\t", "(", ")", "(dpa)", "Foto:", "Fotos: ", "Bild:",
            "AFP", "„Zitat“", "–", "-", "3,5", "1.500", "Straße", "ÖL", "\u00AD", ",", ".", "«", "Ⅻ", "über"};
        Random random = new Random(3);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(20); n >= 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            lines.add(text.toString());
        }
        for (String line : lines) {
            assertEquals(namesByPatterns(line), Shingles.names(line), line);
        }
    }
}
