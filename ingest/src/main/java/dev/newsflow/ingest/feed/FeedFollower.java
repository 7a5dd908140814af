package dev.newsflow.ingest.feed;

import dev.newsflow.ingest.ArticleIds;
import dev.newsflow.ingest.ArticlePublisher;
import dev.newsflow.ingest.IngestListener;
import dev.newsflow.ingest.IngestSummary;
import dev.newsflow.ingest.Rejection;
import dev.newsflow.ingest.html.HtmlArticles;
import dev.newsflow.ingest.html.PageException;
import dev.newsflow.ingest.html.WebPage;
import dev.newsflow.ingest.html.WebPageExtractor;
import dev.newsflow.model.Article;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One poll of a set of feeds: each feed is fetched (conditionally), and each entry not published
 * before in this version has its page fetched, read as a web page is read from a file, and
 * published; what the page lacks (title, date) the entry gives. Entries go out oldest first, so
 * that the earlier article of two that share paragraphs is also the earlier one ingested.
 *
 * <p>A feed or page that fails is one rejection naming its URL and the reason, and the rest goes
 * on. A page that may come through later (a timeout, a 5xx) is tried again at the next poll; one
 * that will not (a 404, too large, no main text) is reported once per version of its entry. The
 * state is saved after each feed, once the broker has acknowledged what was published.
 */
public final class FeedFollower {

    private final WebClient web;
    private final ArticlePublisher publisher;
    private final FedItems state;
    private final Clock clock;
    private final Duration hostDelay;
    private final Map<String, Long> lastFetchByHost = new HashMap<>();

    /** @param hostDelay the least time between two page fetches from one host */
    public FeedFollower(WebClient web, ArticlePublisher publisher, FedItems state, Clock clock, Duration hostDelay) {
        this.web = web;
        this.publisher = publisher;
        this.state = state;
        this.clock = clock;
        this.hostDelay = hostDelay;
    }

    public IngestSummary poll(List<String> feeds, IngestListener listener) throws InterruptedException {
        IngestSummary summary = IngestSummary.EMPTY;
        for (String feed : feeds) {
            summary = summary.plus(pollOne(feed, listener));
        }
        return summary;
    }

    private IngestSummary pollOne(String feed, IngestListener listener) throws InterruptedException {
        Tally tally = new Tally(listener);
        FedItems.FeedState known = state.feed(feed);
        WebClient.Response answer;
        List<FeedItem> items;
        try {
            answer = web.get(URI.create(feed), known.etag(), known.lastModified());
            if (answer.notModified()) {
                return tally.summary();
            }
            items = new ArrayList<>(FeedParser.parse(answer.body()));
        } catch (FetchException e) {
            tally.reject(feed, e.getMessage());
            return tally.summary();
        } catch (IllegalArgumentException e) {
            tally.reject(feed, "not a URL: " + e.getMessage());
            return tally.summary();
        }
        items.sort(Comparator.comparing(FeedItem::publishedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        Map<FeedItem, CompletableFuture<?>> sent = new LinkedHashMap<>();
        boolean tryAgain = false;
        for (FeedItem item : items) {
            Instant now = clock.instant();
            state.seen(item, now);
            if (state.isDone(item)) {
                tally.skipped++;
                continue;
            }
            if (item.link() == null) {
                tally.reject(item.key(), "the feed entry has no link to its page");
                state.done(item, now);
                continue;
            }
            listener.started(item.link());
            try {
                WebClient.Response page = fetchPage(item.link());
                tally.pages++;
                tally.bytes += page.body().length;
                Article article = article(item, page, now);
                sent.put(item, publisher.publish(article).whenComplete((acknowledged, failure) -> {
                    if (failure == null) {
                        tally.published(article);
                    } else {
                        tally.reject(article.source(), failure.getMessage() != null ? failure.getMessage()
                                : failure.getClass().getSimpleName());
                    }
                }));
            } catch (FetchException e) {
                tally.reject(item.link(), e.getMessage());
                if (e.mayPass()) {
                    tryAgain = true;
                } else {
                    state.done(item, now);
                }
            }
        }
        publisher.flush();
        sent.forEach((item, send) -> {
            if (!send.isCompletedExceptionally()) {
                state.done(item, clock.instant());
            }
        });
        // the validators only now: a crash before this fetches the feed whole again, and its entries are
        // checked again; none where a page is to be tried again, or the next answer would be a 304
        state.feedAnswered(feed, tryAgain ? null : answer.etag(), tryAgain ? null : answer.lastModified());
        state.save(clock.instant());
        return tally.summary();
    }

    private WebClient.Response fetchPage(String link) throws FetchException, InterruptedException {
        URI uri;
        try {
            uri = URI.create(link);
        } catch (IllegalArgumentException e) {
            throw new FetchException("not a URL: " + e.getMessage());
        }
        String host = String.valueOf(uri.getHost());
        Long last = lastFetchByHost.get(host);
        if (last != null) {
            long waitNanos = hostDelay.toNanos() - (System.nanoTime() - last);
            if (waitNanos > 0) {
                Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
            }
        }
        try {
            return web.get(uri, null, null);
        } finally {
            lastFetchByHost.put(host, System.nanoTime());
        }
    }

    /** The page read as a saved page is read; the entry fills in the title and date the page lacks. */
    private static Article article(FeedItem item, WebClient.Response page, Instant now) throws FetchException {
        WebPage read;
        try {
            read = WebPageExtractor.extract(page.body(), page.contentType());
        } catch (PageException e) {
            throw new FetchException(e.getMessage());
        }
        String title = read.metadata().title() != null ? read.metadata().title() : item.title();
        Instant published = read.metadata().publishedAt() != null ? read.metadata().publishedAt() : item.publishedAt();
        return new Article(ArticleIds.fromSource(item.link()), item.link(), title, read.text(), published, now,
                HtmlArticles.CONTENT_TYPE, read.markupLabels());
    }

    /** What one feed's poll did, told to the listener as it goes. */
    private static final class Tally {

        final IngestListener listener;
        final List<String> published = new ArrayList<>();
        final List<Rejection> rejected = new ArrayList<>();
        int pages;
        int skipped;
        long bytes;

        Tally(IngestListener listener) {
            this.listener = listener;
        }

        synchronized void published(Article article) {
            published.add(article.id());
            listener.published(article);
        }

        synchronized void reject(String input, String reason) {
            Rejection rejection = new Rejection(input, reason);
            rejected.add(rejection);
            listener.rejected(rejection);
        }

        synchronized IngestSummary summary() {
            return new IngestSummary(pages, published.size(), rejected.size(), skipped, bytes, published, rejected);
        }
    }
}
