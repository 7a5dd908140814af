package dev.newsflow.enrich.entities;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stanford CoreNLP's German CRF model (GermEval 2014 test set: F1 0.709 on four classes).
 *
 * <p>Annotators tokenize, ssplit, mwt and ner: no POS tagger, which would halve the speed and
 * add nothing to NER. The model takes about 180 MB of heap and 3 s to load, so one instance is
 * loaded per process ({@link #shared()}) and used by every stream thread; annotation is
 * thread-safe.
 */
public final class CoreNlpRecogniser implements Recogniser {

    private static final Logger log = LoggerFactory.getLogger(CoreNlpRecogniser.class);

    private final StanfordCoreNLP pipeline;

    private CoreNlpRecogniser() {
        long start = System.nanoTime();
        this.pipeline = new StanfordCoreNLP(properties());
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
        props.setProperty("annotators", "tokenize,ssplit,mwt,ner");
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

    @Override
    public List<List<Span>> recognise(List<String> paragraphs) {
        // one document per article: paragraphs joined by newlines, which always break sentences
        StringBuilder document = new StringBuilder();
        int[] starts = new int[paragraphs.size()];
        for (int i = 0; i < paragraphs.size(); i++) {
            starts[i] = document.length();
            document.append(paragraphs.get(i)).append('\n');
        }
        Annotation annotation = new Annotation(document.toString());
        pipeline.annotate(annotation);
        List<List<Span>> found = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            found.add(new ArrayList<>());
        }
        collect(annotation.get(CoreAnnotations.TokensAnnotation.class), starts, paragraphs, found);
        return found;
    }

    /** Joins runs of tokens with the same label into spans; a run never crosses a paragraph. */
    private static void collect(List<CoreLabel> tokens, int[] starts, List<String> paragraphs,
                                List<List<Span>> found) {
        int paragraph = 0;
        int runStart = -1;
        int runEnd = -1;
        String runType = null;
        for (CoreLabel token : tokens) {
            int begin = token.beginPosition();
            int end = token.endPosition();
            while (paragraph + 1 < starts.length && begin >= starts[paragraph + 1]) {
                close(runType, runStart, runEnd, paragraph, starts, paragraphs, found);
                runType = null;
                paragraph++;
            }
            String type = EntityTypes.of(token.ner());
            if (type != null && type.equals(runType)) {
                runEnd = Math.max(runEnd, end);
                continue;
            }
            close(runType, runStart, runEnd, paragraph, starts, paragraphs, found);
            runType = type;
            runStart = begin;
            runEnd = end;
        }
        close(runType, runStart, runEnd, paragraph, starts, paragraphs, found);
    }

    private static void close(String type, int start, int end, int paragraph, int[] starts,
                              List<String> paragraphs, List<List<Span>> found) {
        if (type == null) {
            return;
        }
        int from = start - starts[paragraph];
        int to = Math.min(end - starts[paragraph], paragraphs.get(paragraph).length());
        found.get(paragraph).add(new Span(from, to, type, paragraphs.get(paragraph).substring(from, to)));
    }
}
