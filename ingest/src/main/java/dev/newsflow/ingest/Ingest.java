package dev.newsflow.ingest;

import dev.newsflow.model.Article;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ingest run: reads the inputs, publishes each article as it is read, reports every
 * outcome to an {@link IngestListener}, waits until the broker has acknowledged every article,
 * and sums it up. The publisher belongs to the caller, who closes it.
 */
public final class Ingest {

    private static final Logger log = LoggerFactory.getLogger(Ingest.class);

    private final ArticleReader reader;
    private final ArticlePublisher publisher;

    public Ingest(ArticleReader reader, ArticlePublisher publisher) {
        this.reader = reader;
        this.publisher = publisher;
    }

    /** @param stdin where {@value ArticleReader#STDIN} reads JSON lines from */
    public IngestSummary run(List<String> inputs, InputStream stdin, IngestListener listener) {
        Outcomes outcomes = new Outcomes(listener);
        ReadStats stats = reader.read(inputs, stdin, publishing(outcomes));
        // every send completes, and reports, before flush returns
        publisher.flush();
        IngestSummary summary = outcomes.summary(stats);
        log.info("Ingested {} files ({} bytes): {} articles published, {} rejected, {} skipped",
                summary.filesRead(), summary.bytes(), summary.published(), summary.rejected(), summary.skipped());
        return summary;
    }

    /**
     * What feeding some files came to: the summary, and the files (as {@link InputFile#display()})
     * an article of which could not be sent for a reason other than the article itself (broker
     * unreachable, credentials refused); those are to be fed again.
     */
    record Fed(IngestSummary summary, Set<String> toRetry) {}

    /** Reads and publishes the given files, and waits for the broker; one round of a watch. */
    Fed feed(List<InputFile> files, IngestListener listener) {
        Outcomes outcomes = new Outcomes(listener);
        ReadStats stats = reader.readFiles(files, publishing(outcomes));
        publisher.flush();
        return new Fed(outcomes.summary(stats), outcomes.toRetry());
    }

    private ReadListener publishing(Outcomes outcomes) {
        return new ReadListener() {
            @Override
            public void article(Article article) {
                publish(article, outcomes);
            }

            @Override
            public void rejected(Rejection rejection) {
                outcomes.rejected(rejection);
            }

            @Override
            public void warned(String input, String message) {
                outcomes.warned(input, message);
            }

            @Override
            public void found(int files) {
                outcomes.found(files);
            }

            @Override
            public void started(String input) {
                outcomes.started(input);
            }
        };
    }

    private void publish(Article article, Outcomes outcomes) {
        int sequence = outcomes.sent(article);
        publisher.publish(article).whenComplete((metadata, e) -> {
            if (e == null) {
                outcomes.published(article);
            } else {
                outcomes.failed(sequence, ArticlePublisher.rejectionOf(article, e), !isAboutTheArticle(e));
            }
        });
    }

    /** A refusal that sending the same article again cannot change; anything else may pass. */
    static boolean isAboutTheArticle(Throwable e) {
        return e instanceof RecordTooLargeException || e instanceof RecordBatchTooLargeException
                || e instanceof InvalidRecordException || e instanceof SerializationException;
    }

    /**
     * Collects outcomes from the reading thread and the producer's thread. One lock keeps the
     * counts exact and the listener's calls from interleaving; sends happen outside it, so a
     * send blocked on a full buffer never holds up the callbacks that would free it.
     */
    private static final class Outcomes {

        private final IngestListener listener;
        private final List<String> sentIds = new ArrayList<>();
        private final List<String> sentFrom = new ArrayList<>();
        private final BitSet failed = new BitSet();
        private final List<Rejection> rejections = new ArrayList<>();
        private final Set<String> toRetry = new HashSet<>();
        private String input;

        Outcomes(IngestListener listener) {
            this.listener = listener;
        }

        synchronized void found(int files) {
            listener.found(files);
        }

        synchronized void started(String input) {
            this.input = input;
            listener.started(input);
        }

        synchronized int sent(Article article) {
            sentIds.add(article.id());
            sentFrom.add(input);
            return sentIds.size() - 1;
        }

        synchronized void published(Article article) {
            listener.published(article);
        }

        synchronized void failed(int sequence, Rejection rejection, boolean mayPass) {
            failed.set(sequence);
            if (mayPass && sentFrom.get(sequence) != null) {
                toRetry.add(sentFrom.get(sequence));
            }
            rejected(rejection);
        }

        synchronized void rejected(Rejection rejection) {
            rejections.add(rejection);
            listener.rejected(rejection);
        }

        synchronized void warned(String input, String message) {
            listener.warned(input, message);
        }

        synchronized Set<String> toRetry() {
            return Set.copyOf(toRetry);
        }

        synchronized IngestSummary summary(ReadStats stats) {
            List<String> publishedIds = new ArrayList<>();
            for (int i = 0; i < sentIds.size(); i++) {
                if (!failed.get(i)) {
                    publishedIds.add(sentIds.get(i));
                }
            }
            return new IngestSummary(stats.filesRead(), publishedIds.size(), rejections.size(), stats.skipped(),
                    stats.bytes(), publishedIds, rejections);
        }
    }
}
