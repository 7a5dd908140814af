package dev.newsflow.enrich.entities.eval;

import dev.newsflow.enrich.entities.MentionFinder;
import dev.newsflow.enrich.entities.Span;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Tags the gold tokens of an annotated corpus with a mention finder and scores the outer spans,
 * in GermEval 2014's twelve classes and in its four coarse ones. Only the tagging is timed, on
 * one thread: wall-clock time, and the CPU time of that thread, which other work on a shared
 * machine does not inflate.
 */
public final class NerEvaluation {

    /** The scores of one run, the number of tokens tagged and how long tagging them took. */
    public record Result(ClassScores coarse, ClassScores official, List<List<GoldSpan>> predicted, long tokens,
                         long nanos, long cpuNanos) {

        public int sentences() {
            return predicted.size();
        }

        /** Tokens per second of the tagging thread's CPU time (of wall-clock time where the JVM cannot tell). */
        public double tokensPerSecond() {
            long time = cpuNanos > 0 ? cpuNanos : nanos;
            return time == 0 ? 0 : tokens * 1e9 / time;
        }
    }

    private NerEvaluation() {}

    public static Result run(MentionFinder finder, List<GoldSentence> sentences) {
        ClassScores coarse = new ClassScores(NerClasses.COARSE);
        ClassScores official = new ClassScores(NerClasses.OFFICIAL);
        List<List<GoldSpan>> predictions = new ArrayList<>(sentences.size());
        long tokens = 0;
        long nanos = 0;
        long cpuStart = cpuTime();
        for (GoldSentence sentence : sentences) {
            long start = System.nanoTime();
            List<Span> spans = finder.findInTokens(sentence.tokens());
            nanos += System.nanoTime() - start;
            List<GoldSpan> predicted = toTokenSpans(spans, sentence.tokens());
            coarse.add(sentence.spans(), predicted);
            official.add(sentence.spans(), predicted);
            predictions.add(predicted);
            tokens += sentence.tokens().size();
        }
        long cpuNanos = cpuStart < 0 ? -1 : cpuTime() - cpuStart;
        return new Result(coarse, official, predictions, tokens, nanos, cpuNanos);
    }

    /** The CPU time of this thread; -1 where the JVM does not measure it. */
    private static long cpuTime() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
    }

    /** Character offsets into the tokens joined by single spaces, back to token positions. */
    static List<GoldSpan> toTokenSpans(List<Span> spans, List<String> tokens) {
        int[] starts = new int[tokens.size()];
        int offset = 0;
        for (int i = 0; i < tokens.size(); i++) {
            starts[i] = offset;
            offset += tokens.get(i).length() + 1;
        }
        List<GoldSpan> result = new ArrayList<>(spans.size());
        for (Span span : spans) {
            int from = tokenAt(starts, span.start());
            int to = tokenAt(starts, span.end() - 1) + 1;
            result.add(new GoldSpan(from, to, NerClasses.of(span.type(), span.form())));
        }
        return result;
    }

    private static int tokenAt(int[] starts, int offset) {
        int found = java.util.Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }
}
