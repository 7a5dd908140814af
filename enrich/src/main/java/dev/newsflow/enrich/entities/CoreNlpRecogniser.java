package dev.newsflow.enrich.entities;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.MWTAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stanford CoreNLP's German CRF model (GermEval 2014 test set, alone: F1 0.718 on four classes).
 *
 * <p>Annotators tokenize (with sentence splitting), mwt and ner: no POS tagger, which would halve
 * the speed and add nothing to NER. The model takes about 180 MB of heap and 3 s to load, so one
 * instance is loaded per process ({@link #shared()}) and used by every stream thread; annotation
 * is thread-safe. Running text and pre-tokenised sentences go through two tokenisers but the
 * same model.
 *
 * <p>The tokens handed on are words as a reader sees them: the parts that mwt splits off ("zum"
 * → "zu dem") are joined again, and so are the pieces the tokeniser makes of some hyphenated
 * words ("Jong-un" → "Jong", "-", "un"), so that the rules see "Kim Jong-un" as they would in
 * an annotated corpus.
 */
public final class CoreNlpRecogniser implements Recogniser {

    private static final Logger log = LoggerFactory.getLogger(CoreNlpRecogniser.class);

    private final AnnotationPipeline text;
    private final AnnotationPipeline pretokenised;

    private CoreNlpRecogniser() {
        long start = System.nanoTime();
        Properties properties = properties();
        Annotator mwt = new MWTAnnotator("mwt", properties);
        Annotator ner = ner(properties);
        this.text = pipeline(new TokenizerAnnotator(false, properties), mwt, ner);
        this.pretokenised = pipeline(new TokenizerAnnotator(false, pretokenisedProperties()), mwt, ner);
        log.info("Loaded the German NER model in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    public static CoreNlpRecogniser shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final CoreNlpRecogniser INSTANCE = new CoreNlpRecogniser();
    }

    static Properties properties() {
        Properties props = new Properties();
        props.setProperty("tokenize.language", "de");
        props.setProperty("tokenize.postProcessor",
                "edu.stanford.nlp.international.german.process.GermanTokenizerPostProcessor");
        props.setProperty("mwt.mappingFile", "edu/stanford/nlp/models/mwt/german/german-mwt.tsv");
        // a headline has no full stop; without this it merges into the next paragraph's sentence
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        return props;
    }

    /** Tokens are given, one sentence per line: split at white space and newlines only. */
    private static Properties pretokenisedProperties() {
        Properties props = properties();
        props.setProperty("tokenize.whitespace", "true");
        props.setProperty("ssplit.eolonly", "true");
        return props;
    }

    private static Annotator ner(Properties properties) {
        try {
            return new NERCombinerAnnotator(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the German NER model", e);
        }
    }

    private static AnnotationPipeline pipeline(Annotator... annotators) {
        AnnotationPipeline pipeline = new AnnotationPipeline();
        for (Annotator annotator : annotators) {
            pipeline.addAnnotator(annotator);
        }
        return pipeline;
    }

    @Override
    public List<List<Sentence>> label(List<String> paragraphs) {
        // one document per article: paragraphs joined by newlines, which always break sentences
        StringBuilder document = new StringBuilder();
        int[] starts = new int[paragraphs.size()];
        for (int i = 0; i < paragraphs.size(); i++) {
            starts[i] = document.length();
            document.append(paragraphs.get(i)).append('\n');
        }
        Annotation annotation = new Annotation(document.toString());
        text.annotate(annotation);
        List<List<Sentence>> found = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            found.add(new ArrayList<>());
        }
        int paragraph = 0;
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            int begin = labels.get(0).beginPosition();
            while (paragraph + 1 < starts.length && begin >= starts[paragraph + 1]) {
                paragraph++;
            }
            List<Token> words = Words.joinHyphenated(words(labels, document, starts[paragraph]));
            found.get(paragraph).add(new Sentence(words));
        }
        return found;
    }

    @Override
    public Sentence labelTokens(List<String> tokens) {
        String joined = String.join(" ", tokens);
        Annotation annotation = new Annotation(joined);
        pretokenised.annotate(annotation);
        String[] labelAt = new String[joined.length() + 1];
        boolean[] seen = new boolean[joined.length() + 1];
        for (CoreLabel label : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
            int begin = label.beginPosition();
            if (!seen[begin]) { // the first part of a word that mwt split stands for the word
                seen[begin] = true;
                labelAt[begin] = EntityTypes.of(label.ner());
            }
        }
        List<Token> words = new ArrayList<>(tokens.size());
        int offset = 0;
        for (String token : tokens) {
            words.add(new Token(token, offset, offset + token.length(), labelAt[offset]));
            offset += token.length() + 1;
        }
        return new Sentence(words);
    }

    /** One token per word: the parts mwt split off a word share its offsets and are dropped. */
    private static List<Token> words(List<CoreLabel> labels, CharSequence document, int paragraphStart) {
        List<Token> words = new ArrayList<>(labels.size());
        int lastBegin = -1;
        for (CoreLabel label : labels) {
            int begin = label.beginPosition();
            if (begin == lastBegin) {
                continue;
            }
            lastBegin = begin;
            int end = label.endPosition();
            words.add(new Token(document.subSequence(begin, end).toString(), begin - paragraphStart,
                    end - paragraphStart, EntityTypes.of(label.ner())));
        }
        return words;
    }
}
