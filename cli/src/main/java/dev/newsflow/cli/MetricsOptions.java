package dev.newsflow.cli;

import dev.newsflow.metrics.ServiceMetrics;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Prometheus metrics and the health check, shared by the commands that run for a while. */
final class MetricsOptions {

    static final String DEFAULT_BIND = "127.0.0.1";

    @Option(names = "--metrics-port", paramLabel = "PORT",
            description = "Serve Prometheus metrics on http://ADDR:PORT/metrics and a health check on /health "
                    + "(200 while running and connected to Kafka, else 503 and why); 0 takes a free port.")
    Integer port;

    @Option(names = "--metrics-bind", defaultValue = DEFAULT_BIND, paramLabel = "ADDR",
            description = "The address --metrics-port listens on (default: ${DEFAULT-VALUE}, this machine only; "
                    + "0.0.0.0 for every interface, as in a container).")
    String bind;

    /** Checks the options before anything starts; a mistake is a usage error (exit 2). */
    void check(CommandSpec spec) {
        if (port != null && (port < 0 || port > 65535)) {
            throw new ParameterException(spec.commandLine(), "--metrics-port must be between 0 and 65535, not " + port);
        }
        if (port == null && !DEFAULT_BIND.equals(bind)) {
            throw new ParameterException(spec.commandLine(), "--metrics-bind needs --metrics-port");
        }
        if (port != null && new InetSocketAddress(bind, port).isUnresolved()) {
            throw new ParameterException(spec.commandLine(), "--metrics-bind " + bind + ": no such address");
        }
    }

    /** The metrics, served from now on and said so on {@code err}; or off, without --metrics-port. */
    ServiceMetrics start(PrintWriter err) {
        if (port == null) {
            return ServiceMetrics.off();
        }
        try {
            ServiceMetrics metrics = ServiceMetrics.serve(new InetSocketAddress(bind, port));
            InetSocketAddress at = metrics.address();
            err.printf("Metrics on http://%s:%d/metrics, health on /health%n", bind, at.getPort());
            err.flush();
            return metrics;
        } catch (IOException e) {
            // a port taken says "Address already in use"
            throw new IllegalStateException("cannot serve --metrics-port " + port + " on " + bind + ": " + e.getMessage(), e);
        }
    }
}
