package dev.newsflow.cli;

import dev.newsflow.ingest.ArticlePublisher;
import dev.newsflow.ingest.IngestListener;
import dev.newsflow.ingest.IngestSummary;
import dev.newsflow.ingest.feed.FedItems;
import dev.newsflow.ingest.feed.FeedFollower;
import dev.newsflow.ingest.feed.WebClient;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Following RSS and Atom feeds, shared by 'ingest' and 'run'. Feeds have an interval of their own
 * rather than --poll-interval: a folder is listed every second at no cost to anyone, a feed is
 * someone else's server, asked every few minutes.
 */
final class FeedOptions {

    /** The file in the state directory that remembers which feed entries were published. */
    static final String FED_FEEDS = "fed-feeds.json";

    @Option(names = "--feed", paramLabel = "URL",
            description = "An RSS or Atom feed to follow; repeat for more. Each entry not published before (or changed "
                    + "since) has its page fetched and published as a saved web page is; what was published is "
                    + "remembered across runs.")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--feed-interval", defaultValue = "5m", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How often --watch asks each feed again; an unchanged feed costs a 304 (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--host-delay", defaultValue = "2s", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "The least time between two page fetches from one host (default: ${DEFAULT-VALUE}).")
    Duration hostDelay;

    @Option(names = "--fetch-timeout", defaultValue = "30s", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Timeout for connecting, and for each answer's headers and body; a timeout or a 5xx is tried "
                    + "3 times with back-off (default: ${DEFAULT-VALUE}).")
    Duration fetchTimeout;

    boolean any() {
        return !feeds.isEmpty();
    }

    /** Each URL and duration is checked before anything starts; a mistake is a usage error (exit 2). */
    void check(CommandSpec spec) {
        for (String feed : feeds) {
            String problem = problemWith(feed);
            if (problem != null) {
                throw new ParameterException(spec.commandLine(), "--feed " + feed + ": " + problem);
            }
        }
        for (Duration duration : List.of(interval, hostDelay, fetchTimeout)) {
            if (duration.isNegative() || (duration.isZero() && duration != hostDelay)) {
                throw new ParameterException(spec.commandLine(), "--feed-interval and --fetch-timeout must be positive, "
                        + "--host-delay at least 0, not " + DurationConverter.format(duration));
            }
        }
    }

    private static String problemWith(String feed) {
        try {
            URI uri = new URI(feed);
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
                return "not an http or https URL";
            }
            return uri.getHost() == null ? "no host in the URL" : null;
        } catch (URISyntaxException e) {
            return "not a URL: " + e.getReason();
        }
    }

    /** The line a watch starts with, where it follows feeds; {@code where} says where its state or output goes. */
    void announce(PrintWriter err, String where) {
        if (any()) {
            err.printf("Following %s every %s, %s. Stop with Ctrl-C.%n", String.join(", ", feeds),
                    DurationConverter.format(interval), where);
        }
    }

    /** Polls the feeds when they are due: at once, then every --feed-interval. */
    Rounds rounds(ArticlePublisher publisher, Path stateDir, long maxBytes) {
        WebClient web = new WebClient(fetchTimeout, maxBytes, 3, Duration.ofSeconds(1),
                "newsflow/" + Version.number() + " (feed follower)");
        FeedFollower follower = new FeedFollower(web, publisher, FedItems.load(stateDir.resolve(FED_FEEDS)),
                Clock.systemUTC(), hostDelay);
        return new Rounds(follower, feeds, interval);
    }

    /** The feeds' polls, taken between the folder watch's. */
    static final class Rounds {

        private final FeedFollower follower;
        private final List<String> feeds;
        private final Duration interval;
        private long lastPollNanos;
        private boolean polled;
        private IngestSummary total = IngestSummary.EMPTY;

        Rounds(FeedFollower follower, List<String> feeds, Duration interval) {
            this.follower = follower;
            this.feeds = feeds;
            this.interval = interval;
        }

        /** A poll of every feed if the interval has passed since the last (or there was none); empty otherwise. */
        IngestSummary pollIfDue(IngestListener listener) throws InterruptedException {
            if (feeds.isEmpty() || (polled && System.nanoTime() - lastPollNanos < interval.toNanos())) {
                return IngestSummary.EMPTY;
            }
            polled = true;
            lastPollNanos = System.nanoTime();
            return follower.poll(feeds, listener);
        }

        /**
         * Between two rounds of a folder watch: the feeds' poll if it is due, empty if the watch is
         * being stopped; its counts go into {@link #total()}.
         */
        IngestSummary betweenRounds(IngestListener listener) {
            try {
                IngestSummary round = pollIfDue(listener);
                total = total.plus(round.counts());
                return round;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the watch is being stopped
                return IngestSummary.EMPTY;
            }
        }

        /** The counts of every poll taken between rounds. */
        IngestSummary total() {
            return total;
        }
    }
}
