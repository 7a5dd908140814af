package dev.newsflow.ingest;

import dev.newsflow.model.Article;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
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
        ReadStats stats = reader.read(inputs, stdin, new ReadListener() {
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
        });
        // every send completes, and reports, before flush returns
        publisher.flush();
        IngestSummary summary = outcomes.summary(stats);
        log.info("Ingested {} files ({} bytes): {} articles published, {} rejected, {} skipped",
                summary.filesRead(), summary.bytes(), summary.published(), summary.rejected(), summary.skipped());
        return summary;
    }

    private void publish(Article article, Outcomes outcomes) {
        int sequence = outcomes.sent(article);
        publisher.publish(article).whenComplete((metadata, e) -> {
            if (e == null) {
                outcomes.published(article);
            } else {
                outcomes.failed(sequence, ArticlePublisher.rejectionOf(article, e));
            }
        });
    }

    /**
     * Collects outcomes from the reading thread and the producer's thread. One lock keeps the
     * counts exact and the listener's calls from interleaving; sends happen outside it, so a
     * send blocked on a full buffer never holds up the callbacks that would free it.
     */
    private static final class Outcomes {

        private final IngestListener listener;
        private final List<String> sentIds = new ArrayList<>();
        private final BitSet failed = new BitSet();
        private final List<Rejection> rejections = new ArrayList<>();

        Outcomes(IngestListener listener) {
            this.listener = listener;
        }

        synchronized int sent(Article article) {
            sentIds.add(article.id());
            return sentIds.size() - 1;
        }

        synchronized void published(Article article) {
            listener.published(article);
        }

        synchronized void failed(int sequence, Rejection rejection) {
            failed.set(sequence);
            rejected(rejection);
        }

        synchronized void rejected(Rejection rejection) {
            rejections.add(rejection);
            listener.rejected(rejection);
        }

        synchronized void warned(String input, String message) {
            listener.warned(input, message);
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
