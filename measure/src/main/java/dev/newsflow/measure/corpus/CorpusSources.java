package dev.newsflow.measure.corpus;

import dev.newsflow.enrich.Segmenter;
import dev.newsflow.enrich.entities.eval.GermEvalFile;
import dev.newsflow.enrich.entities.eval.GoldSentence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real text a corpus is generated from: the paragraphs of real articles (the replay corpus),
 * used first as they are, and tokenised German sentences (GermEval 2014's, CC BY 4.0), for the
 * word model that writes the rest ({@link GermanText}).
 */
public record CorpusSources(List<String> paragraphs, List<List<String>> sentences) {

    /** Where the project keeps the GermEval 2014 files, from the replay corpus's folder: {@code eval/germeval2014} beside it. */
    public static Path sentencesBeside(Path corpusDir) {
        return corpusDir.toAbsolutePath().normalize().resolveSibling("eval").resolve("germeval2014");
    }

    /** The replay corpus in the folder, and the GermEval sentences where the project keeps them. */
    public static CorpusSources read(Path corpusDir) {
        return read(corpusDir, sentencesBeside(corpusDir));
    }

    /**
     * @param corpusDir articles (.txt), as the topology segments them
     * @param sentencesDir files in the GermEval 2014 format (.tsv), every one of them, in name order
     */
    public static CorpusSources read(Path corpusDir, Path sentencesDir) {
        return new CorpusSources(paragraphsOf(corpusDir), sentencesOf(sentencesDir));
    }

    private static List<String> paragraphsOf(Path corpusDir) {
        try (Stream<Path> files = Files.list(corpusDir)) {
            List<String> paragraphs = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                paragraphs.addAll(Segmenter.segment(Files.readString(file)));
            }
            if (paragraphs.isEmpty()) {
                throw new IllegalArgumentException("no .txt articles in " + corpusDir + " to generate from");
            }
            return paragraphs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus " + corpusDir + ": " + e.getMessage(), e);
        }
    }

    private static List<List<String>> sentencesOf(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no folder " + dir + " with the GermEval 2014 sentences (NER-de-*.tsv) "
                    + "that the generator's word model is built from");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<List<String>> sentences = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                GermEvalFile.read(file).stream().map(GoldSentence::tokens).forEach(sentences::add);
            }
            if (sentences.isEmpty()) {
                throw new IllegalArgumentException("no GermEval 2014 files (.tsv) in " + dir + " to build German text from");
            }
            return sentences;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }
}
