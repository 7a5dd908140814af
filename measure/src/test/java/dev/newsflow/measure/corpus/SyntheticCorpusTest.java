package dev.newsflow.measure.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.enrich.Sentences;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated corpus: the re-broken copies of issue 16, and the corpora drawn without them. */
class SyntheticCorpusTest {

    private static CorpusSources sources;

    @BeforeAll
    static void read() {
        sources = CorpusSources.read(Path.of("../corpus"), Path.of("../eval/germeval2014"));
    }

    /** The benchmark's corpus, as the release before re-broken copies drew it: figures stay comparable. */
    @Test
    void shouldDrawTheSameCorpusAsBeforeWhereTheMixHasNoReBrokenCopies() throws Exception {
        List<GeneratedArticle> corpus = new SyntheticCorpus(sources, 1, new SyntheticCorpus.Mix(0.10, 0.10, 0, 0), 8, 20)
                .generate(300);

        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (GeneratedArticle article : corpus) {
            for (GeneratedParagraph paragraph : article.paragraphs()) {
                digest.update(paragraph.text().getBytes("UTF-8"));
                digest.update((byte) 0);
                digest.update(paragraph.truth().name().getBytes("UTF-8"));
            }
        }
        assertEquals("b6bf352727b32f1f0b53c15cc21fb83a", HexFormat.of().formatHex(digest.digest(), 0, 16));
        assertTrue(corpus.stream().flatMap(a -> a.paragraphs().stream()).noneMatch(p -> p.truth().isReBroken()));
    }

    @Test
    void shouldMakeEveryKindOfReBrokenParagraphOfTheEvaluation() {
        List<GeneratedArticle> corpus = new SyntheticCorpus(sources, 2, SyntheticCorpus.Mix.dedupEvaluation(), 8, 20)
                .generate(300);

        Set<Truth> made = EnumSet.noneOf(Truth.class);
        for (GeneratedArticle article : corpus) {
            List<GeneratedParagraph> paragraphs = article.paragraphs();
            for (int i = 0; i < paragraphs.size(); i++) {
                GeneratedParagraph paragraph = paragraphs.get(i);
                made.add(paragraph.truth());
                if (paragraph.truth().isReBroken()) {
                    assertFalse(Sentences.keys(paragraph.text()).isEmpty(), "a sentence that carries news: " + paragraph);
                }
                if (paragraph.truth() == Truth.SPLIT_COPY && (i == 0 || paragraphs.get(i - 1).truth() != Truth.SPLIT_COPY
                        || paragraphs.get(i - 1).copyOfIndex() != paragraph.copyOfIndex())) {
                    GeneratedParagraph second = paragraphs.get(i + 1);
                    GeneratedParagraph source = corpus.stream().filter(a -> a.id().equals(paragraph.copyOfArticle()))
                            .findFirst().orElseThrow().paragraphs().get(paragraph.copyOfIndex());
                    assertEquals(source.text(), paragraph.text() + " " + second.text(), "two halves of one paragraph");
                    i++;
                }
            }
        }
        assertTrue(made.containsAll(EnumSet.allOf(Truth.class)), "every kind: " + made);
    }
}
