package dev.newsflow.enrich;

import java.util.Locale;

/**
 * Lines that recur across the articles of one site: a menu entry, a newsletter box, a copyright
 * line, "Mehr zum Thema". The role classifier takes such a line for boilerplate, whatever it looks
 * like, and its neighbours are judged by it ({@link dev.newsflow.enrich.roles.RecurringLines}).
 *
 * <p>How the topology knows it, with no state of its own: each article with a site claims, besides
 * its paragraphs and sentences, each of its distinct short lines on its site ({@link #key}), in the
 * same batches. The claims on one line of one site meet on one partition of the deciding stage, in
 * the batches stored there, so the number of articles that have the line is in the claim index for
 * as long as the batches are kept (the retention). An article whose line {@value #RECURRING_ARTICLES}
 * or more articles have, itself and those before it in (ingestedAt, article id) order, is told so
 * ({@link DedupEvent.Outcome#RECURS}), and the gather decides its roles again with that fact. Only
 * the later articles learn it: the first two of a site keep the line as the classifier took it,
 * and are not revised (a revision would publish every article of a site twice).
 */
public final class Recurrence {

    /** A line recurs when it is in this many articles of a site: the article itself and those before it. */
    static final int RECURRING_ARTICLES = 3;

    /** Furniture is short; a longer paragraph shared by a site's articles is news copied, and dedup's business. */
    static final int MAX_CHARS = 300;

    private Recurrence() {}

    /** Whether a paragraph is short enough to be counted as a line of its site. */
    static boolean isShort(String paragraph) {
        return paragraph.length() <= MAX_CHARS;
    }

    /** The key that counts a line on a site: the same for every article of the site that has the line. */
    static String key(String site, String fingerprint) {
        return Fingerprinter.lineOnSiteKey(site, fingerprint);
    }

    /**
     * The site an article is from: the host of its source where that is an http(s) URL, in lower
     * case and without a leading {@code www.}; for a page in the Wayback Machine, the archived
     * page's host. Null for any other source (a file name, "stdin:3"): a folder of inputs mixes
     * outlets (the replay corpus has five), and a short paragraph that articles of different outlets
     * share is news copied, not furniture. {@code eval roles} groups its pages by the same rule.
     */
    public static String siteOf(String source) {
        if (source == null) {
            return null;
        }
        String address = source.strip();
        String lower = address.toLowerCase(Locale.ROOT);
        int start;
        if (lower.startsWith("https://")) {
            start = "https://".length();
        } else if (lower.startsWith("http://")) {
            start = "http://".length();
        } else {
            return null;
        }
        int end = start;
        while (end < lower.length() && "/?#\\".indexOf(lower.charAt(end)) < 0) {
            end++;
        }
        String host = lower.substring(start, end);
        host = host.substring(host.lastIndexOf('@') + 1); // user info
        if (!host.startsWith("[")) {
            int port = host.indexOf(':');
            host = port < 0 ? host : host.substring(0, port);
        }
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.equals("web.archive.org")) {
            int archived = lower.indexOf("/http", end);
            return archived < 0 ? host : siteOf(address.substring(archived + 1));
        }
        host = host.startsWith("www.") ? host.substring("www.".length()) : host;
        return host.isEmpty() ? null : host;
    }
}
