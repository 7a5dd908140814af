package dev.newsflow.enrich.entities.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the GermEval 2014 NER format: one token a line, tab-separated (token number, token,
 * outer tag, inner tag, in BIO), a line starting with {@code #} before each sentence, a blank line
 * after it. Only the outer tags are kept. An I- tag that does not continue a span of its class
 * starts one, as conlleval reads it.
 */
public final class GermEvalFile {

    private static final Set<String> TAGS = tags();

    private GermEvalFile() {}

    /** The sentences of the file; a malformed line fails with the file, the line number and the reason. */
    public static List<GoldSentence> read(Path file) {
        List<GoldSentence> sentences = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> tokens = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.startsWith("#") || line.isBlank()) {
                    if (!tokens.isEmpty()) {
                        sentences.add(sentence(tokens, tags));
                        tokens.clear();
                        tags.clear();
                    }
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length < 4) {
                    throw malformed(file, number, "expected 4 tab-separated columns (number, token, outer tag, inner tag), found "
                            + columns.length);
                }
                if (columns[1].isEmpty() || columns[1].chars().anyMatch(Character::isWhitespace)) {
                    throw malformed(file, number, "the token is empty or contains white space");
                }
                if (!TAGS.contains(columns[2])) {
                    throw malformed(file, number, "unknown tag '" + columns[2] + "'");
                }
                tokens.add(columns[1]);
                tags.add(columns[2]);
            }
            if (!tokens.isEmpty()) {
                sentences.add(sentence(tokens, tags));
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file", e);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException(file + ": no sentences");
        }
        return sentences;
    }

    private static GoldSentence sentence(List<String> tokens, List<String> tags) {
        List<GoldSpan> spans = new ArrayList<>();
        int from = -1;
        String label = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean continues = tag.startsWith("I-") && tag.substring(2).equals(label);
            if (continues) {
                continue;
            }
            if (label != null) {
                spans.add(new GoldSpan(from, i, label));
            }
            from = i;
            label = tag.equals("O") ? null : tag.substring(2);
        }
        return new GoldSentence(tokens, spans);
    }

    private static IllegalArgumentException malformed(Path file, int line, String reason) {
        return new IllegalArgumentException(file + ", line " + line + ": " + reason);
    }

    private static Set<String> tags() {
        Set<String> tags = new HashSet<>();
        tags.add("O");
        for (String label : NerClasses.OFFICIAL) {
            tags.add("B-" + label);
            tags.add("I-" + label);
        }
        return tags;
    }

    /**
     * Writes sentences in the same format with the predicted spans as the inner column's
     * neighbour: number, token, gold outer tag, predicted outer tag; for error analysis.
     */
    public static void writePredictions(Path file, List<GoldSentence> sentences, List<List<GoldSpan>> predicted) {
        try (java.io.BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int s = 0; s < sentences.size(); s++) {
                GoldSentence sentence = sentences.get(s);
                String[] gold = tags(sentence.tokens().size(), sentence.spans());
                String[] found = tags(sentence.tokens().size(), predicted.get(s));
                for (int i = 0; i < gold.length; i++) {
                    out.write((i + 1) + "\t" + sentence.tokens().get(i) + "\t" + gold[i] + "\t" + found[i] + "\n");
                }
                out.write("\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String[] tags(int tokens, List<GoldSpan> spans) {
        String[] tags = new String[tokens];
        java.util.Arrays.fill(tags, "O");
        for (GoldSpan span : spans) {
            for (int i = span.from(); i < span.to(); i++) {
                tags[i] = (i == span.from() ? "B-" : "I-") + span.label();
            }
        }
        return tags;
    }
}
