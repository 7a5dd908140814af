package dev.newsflow.measure.roles;

import dev.newsflow.enrich.Recurrence;
import dev.newsflow.measure.extract.EvalData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * One page of the scraped-text evaluation data ({@code evaldata.json}: URL to the rendered text
 * and the snippets its article must and must not contain), with the part of the data it belongs to.
 *
 * @param url the page's address (or the benchmark's name for it, {@code hard::site-name.html})
 * @param id the file name without {@code .txt}
 * @param file the rendered text
 * @param with snippets of the article: each must be in what is kept
 * @param without snippets of what surrounds it: none may be
 */
public record ScrapedPage(String url, String id, Path file, List<String> with, List<String> without) {

    /** Tune on one part, measure on the other, so what was tuned is also measured on pages not seen. */
    public enum Part {
        TUNE, HELD_OUT;

        public String label() {
            return this == TUNE ? "tune" : "held-out";
        }

        /** The part of the page with this id: held out where the first byte of SHA-256 of the id is divisible by 3. */
        public static Part of(String id) {
            return Byte.toUnsignedInt(sha256(id)[0]) % 3 == 0 ? HELD_OUT : TUNE;
        }
    }

    /** The page's part: held out where the first byte of SHA-256 of its id is divisible by 3 (about a third). */
    public Part part() {
        return Part.of(id);
    }

    /**
     * The site the page is from, as the topology knows an article's ({@link Recurrence#siteOf}: the
     * URL's host without {@code www.}; for the Wayback Machine, the archived page's host); for the
     * benchmark's {@code hard::site.tld-name.html}, the part before the name.
     */
    public String site() {
        String address = url.strip();
        if (address.startsWith("hard::")) {
            String rest = address.substring("hard::".length());
            int dash = rest.indexOf('-');
            return dash < 0 ? rest : rest.substring(0, dash);
        }
        String site = Recurrence.siteOf(address); // as the topology knows sites
        return site == null ? address : site;
    }

    /** Reads {@code DIR/evaldata.json}; pages in the order the file lists them. */
    public static List<ScrapedPage> readAll(Path dir) {
        return EvalData.read(dir).stream()
                .map(page -> new ScrapedPage(page.url(), page.id(), page.file(), page.with(), page.without()))
                .toList();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
