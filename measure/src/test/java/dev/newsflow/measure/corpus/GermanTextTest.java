package dev.newsflow.measure.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.enrich.near.NearCopy;
import dev.newsflow.model.Article;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator's word model over the GermEval 2014 sentences of the project. */
class GermanTextTest {

    private static final Path SENTENCES = Path.of("../eval/germeval2014");

    private static List<List<String>> sentences;

    @BeforeAll
    static void read() {
        sentences = CorpusSources.read(Path.of("../corpus"), SENTENCES).sentences();
    }

    @Test
    void shouldWriteTheSameTextForTheSameSeed() {
        assertEquals(paragraphs(new GermanText(sentences, new Random(5)), 50),
                paragraphs(new GermanText(sentences, new Random(5)), 50));
    }

    @Test
    void shouldWriteSentencesWithPairedQuotesAndParentheses() {
        for (String paragraph : paragraphs(new GermanText(sentences, new Random(1)), 2000)) {
            int first = paragraph.codePointAt(0);
            assertTrue(Character.isUpperCase(first) || first == '„', paragraph);
            assertTrue(".!?".indexOf(paragraph.charAt(paragraph.length() - 1)) >= 0, paragraph);
            assertEquals(count(paragraph, '„'), count(paragraph, '“'), paragraph);
            assertEquals(count(paragraph, '('), count(paragraph, ')'), paragraph);
        }
    }

    /**
     * Unrelated paragraphs of real text seldom share a MinHash band (GermEval's own sentences, two
     * at a time: 0.02 paragraphs read per band claim at 3,600 paragraphs); the generated text must
     * not share more than a few times as often, as the text made from five articles' words did.
     */
    @Test
    void shouldShareBandsByChanceAboutAsSeldomAsRealText() {
        List<String> generated = paragraphs(new GermanText(sentences, new Random(1)), 3600);
        List<Article> articles = new ArrayList<>();
        for (int a = 0; a < generated.size() / 30; a++) {
            articles.add(new Article("a" + a, "a" + a, null, String.join("\n\n", generated.subList(30 * a, 30 * a + 30)),
                    null, Instant.ofEpochSecond(a), "text/plain"));
        }

        BandCandidates bands = BandCandidates.of(articles, NearCopy.defaults(), 512);

        assertTrue(bands.claims() > 20_000, "claims: " + bands.claims());
        assertTrue(bands.readPerClaim() < 0.1, "read per band claim: " + bands.readPerClaim());
    }

    private static List<String> paragraphs(GermanText text, int n) {
        return IntStream.range(0, n).mapToObj(i -> text.paragraph()).toList();
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }
}
