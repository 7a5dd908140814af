package dev.newsflow.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fetches feeds and pages as a polite, careful client: a User-Agent that names newsflow,
 * conditional requests (a feed that has not changed costs a 304), timeouts, a size limit that
 * refuses a large body without reading it whole, at most {@value #MAX_REDIRECTS} redirects, and
 * retries with back-off where the server or the network may recover (timeouts, 429, 5xx).
 */
public final class WebClient {

    static final int MAX_REDIRECTS = 5;

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "newsflow-fetch-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    /** What came back: a body, or nothing new (304). {@code uri} is where the body came from, after redirects. */
    public record Response(int status, URI uri, byte[] body, String contentType, String etag, String lastModified) {

        public boolean notModified() {
            return status == 304;
        }
    }

    private final HttpClient http;
    private final Duration timeout;
    private final long maxBytes;
    private final int tries;
    private final Duration backOff;
    private final String userAgent;

    /**
     * @param timeout for connecting, and for the answer's headers and body each
     * @param tries how often a request is tried where trying again may help (at least 1)
     * @param backOff the pause before the second try; it doubles with each try after
     */
    public WebClient(Duration timeout, long maxBytes, int tries, Duration backOff, String userAgent) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER) // counted here, so that a loop is named as one
                .build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.tries = Math.max(1, tries);
        this.backOff = backOff;
        this.userAgent = userAgent;
    }

    /** GET {@code uri}; {@code etag} and {@code lastModified} (null: none) make it conditional. */
    public Response get(URI uri, String etag, String lastModified) throws FetchException, InterruptedException {
        Duration pause = backOff;
        for (int attempt = 1; ; attempt++) {
            try {
                return follow(uri, etag, lastModified);
            } catch (Retryable e) {
                if (attempt >= tries) {
                    throw new FetchException(e.getMessage() + (tries > 1 ? " (tried " + tries + " times)" : ""), true);
                }
                Thread.sleep(pause.toMillis());
                pause = pause.multipliedBy(2);
            }
        }
    }

    private Response follow(URI start, String etag, String lastModified) throws FetchException, Retryable, InterruptedException {
        URI uri = start;
        for (int redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
            HttpResponse<InputStream> response = send(uri, etag, lastModified);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                close(response);
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    throw new FetchException("HTTP " + status + " without a Location to follow");
                }
                uri = uri.resolve(location.get());
                continue;
            }
            if (status == 304) {
                close(response);
                return new Response(status, uri, new byte[0], null, etag, lastModified);
            }
            if (status == 429 || status >= 500) {
                close(response);
                throw new Retryable("HTTP " + status);
            }
            if (status != 200) {
                close(response);
                throw new FetchException("HTTP " + status);
            }
            byte[] body = body(response);
            return new Response(status, uri, body, response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
        }
        throw new FetchException("more than " + MAX_REDIRECTS + " redirects");
    }

    private HttpResponse<InputStream> send(URI uri, String etag, String lastModified) throws FetchException, Retryable,
            InterruptedException {
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new FetchException("not an http or https URL");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("User-Agent", userAgent)
                .header("Accept-Encoding", "identity");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new Retryable("no connection within " + seconds(timeout));
        } catch (HttpTimeoutException e) {
            throw new Retryable("no answer within " + seconds(timeout));
        } catch (IOException e) {
            throw new Retryable(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
        } catch (IllegalArgumentException e) {
            throw new FetchException("not a URL that can be fetched: " + e.getMessage());
        }
    }

    /** The body, refused by its declared length before it is read, or as soon as it passes the limit. */
    private byte[] body(HttpResponse<InputStream> response) throws FetchException, Retryable {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
            close(response);
            throw new FetchException("too large: " + declared + " bytes, more than the limit of " + maxBytes);
        }
        // the request's timeout ends with the headers: a body that stalls is cut off here
        AtomicBoolean late = new AtomicBoolean();
        ScheduledFuture<?> guard = WATCHDOG.schedule(() -> {
            late.set(true);
            close(response);
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
            if (body.length > maxBytes) {
                throw new FetchException("too large: more than the limit of " + maxBytes + " bytes");
            }
            if (late.get()) {
                throw new Retryable("the body did not arrive within " + seconds(timeout));
            }
            return body;
        } catch (IOException e) {
            throw new Retryable(late.get() ? "the body did not arrive within " + seconds(timeout)
                    : "the answer broke off: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
        } finally {
            guard.cancel(false);
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // nothing of it is wanted
        }
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** A failure that another try may not meet. */
    private static final class Retryable extends Exception {

        Retryable(String reason) {
            super(reason);
        }
    }
}
