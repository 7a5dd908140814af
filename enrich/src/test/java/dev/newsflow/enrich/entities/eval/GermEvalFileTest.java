package dev.newsflow.enrich.entities.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GermEvalFileTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadTokensAndOuterSpans() throws Exception {
        Path file = write("""
                #\thttp://example.org/a\t[2010-01-01]
                1\tDie\tO\tO
                2\tdeutschen\tB-LOCderiv\tO
                3\tFreunde\tO\tO
                4\tvon\tO\tO
                5\tBayern\tB-ORG\tB-LOC
                6\tMünchen\tI-ORG\tB-LOC
                7\tund\tO\tO
                8\tKim\tI-PER\tO

                #\thttp://example.org/b\t[2010-01-01]
                1\tSchluss\tO\tO
                """);

        List<GoldSentence> sentences = GermEvalFile.read(file);

        assertEquals(2, sentences.size());
        assertEquals(List.of("Die", "deutschen", "Freunde", "von", "Bayern", "München", "und", "Kim"), sentences.get(0).tokens());
        assertEquals(List.of(new GoldSpan(1, 2, "LOCderiv"), new GoldSpan(4, 6, "ORG"), new GoldSpan(7, 8, "PER")),
                sentences.get(0).spans(), "outer spans; an I- after O starts a span");
        assertEquals(List.of(), sentences.get(1).spans());
    }

    @Test
    void shouldNameTheFileAndTheLineOfAMalformedLine() throws Exception {
        Path file = write("#\tsource\n1\tDie\tO\tO\n2\tKatze B-PER O\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GermEvalFile.read(file));

        assertEquals(file + ", line 3: expected 4 tab-separated columns (number, token, outer tag, inner tag), found 2",
                e.getMessage());
    }

    @Test
    void shouldRejectAnUnknownTag() throws Exception {
        Path file = write("1\tDie\tO\tO\n2\tKatze\tB-ANIMAL\tO\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GermEvalFile.read(file));

        assertEquals(file + ", line 2: unknown tag 'B-ANIMAL'", e.getMessage());
    }

    @Test
    void shouldSayWhenTheFileIsMissing() {
        Path missing = dir.resolve("missing.tsv");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GermEvalFile.read(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    private Path write(String content) throws Exception {
        Path file = dir.resolve("ner.tsv");
        Files.writeString(file, content);
        return file;
    }
}
