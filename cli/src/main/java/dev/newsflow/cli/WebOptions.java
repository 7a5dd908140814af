package dev.newsflow.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The live web page of newsflow.enriched, shared by 'watch' and 'run'. */
final class WebOptions {

    /** How often an idle event stream says it is still there, so that proxies and browsers keep it open. */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    @Option(names = "--web", paramLabel = "PORT",
            description = "Serve a live page of the enriched articles on this port (0: any free port; the address is "
                    + "printed): the latest on the topic, then each new or revised one as it arrives.")
    Integer port;

    @Option(names = "--web-bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "The address the page listens on (default: ${DEFAULT-VALUE}, this machine only; "
                    + "0.0.0.0 for every interface).")
    String bind;

    @Option(names = "--web-recent", paramLabel = "N", defaultValue = "200",
            description = "How many of the latest articles on the topic the page shows when it is opened "
                    + "(default: ${DEFAULT-VALUE}).")
    int recent;

    boolean enabled() {
        return port != null;
    }

    /** Checks the options; a mistake is a usage error (exit 2). */
    void check(CommandSpec spec) {
        if (port != null && (port < 0 || port > 65535)) {
            throw new ParameterException(spec.commandLine(), "--web must be a port from 0 to 65535, not " + port);
        }
        if (recent < 1) {
            throw new ParameterException(spec.commandLine(), "--web-recent must be positive, not " + recent);
        }
    }

    /** Starts the page where asked; null without --web. */
    WatchPage start(Map<String, Object> client) {
        if (!enabled()) {
            return null;
        }
        try {
            return WatchPage.start(client, new InetSocketAddress(bind, port), recent, KEEP_ALIVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the watch page on " + bind + ":" + port + ": " + e.getMessage(), e);
        }
    }

    /** Says where the page is, where there is one. */
    static void announce(WatchPage page, PrintWriter err) {
        if (page != null) {
            err.printf("Watch page on %s%n", page.uri());
            err.flush();
        }
    }
}
