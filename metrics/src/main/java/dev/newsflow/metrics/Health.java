package dev.newsflow.metrics;

/**
 * Whether a service is fit to work, and if not, why, in a few words: what {@code /health} answers
 * (200 or 503, with the reason as the body).
 */
public record Health(boolean up, String reason) {

    public static final Health UP = new Health(true, "ok");

    public static Health down(String reason) {
        return new Health(false, reason);
    }
}
