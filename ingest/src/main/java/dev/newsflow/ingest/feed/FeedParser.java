package dev.newsflow.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.xml.sax.InputSource;

/** RSS (0.9x, 1.0, 2.0) and Atom (0.3, 1.0) to {@link FeedItem}s, with Rome. */
public final class FeedParser {

    private FeedParser() {}

    /** The entries in the feed's order; an entry with neither id nor link cannot be followed and is left out. */
    public static List<FeedItem> parse(byte[] feed) throws FetchException {
        SyndFeed parsed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // no external entities from a feed
            // the XML declaration names the encoding; Rome's own reader would also guess from HTTP
            parsed = input.build(new InputSource(new ByteArrayInputStream(feed)));
        } catch (FeedException | IllegalArgumentException e) {
            throw new FetchException("not an RSS or Atom feed: " + firstLine(e.getMessage()));
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : parsed.getEntries()) {
            String link = blankToNull(entry.getLink());
            String key = blankToNull(entry.getUri());
            if (key == null) {
                key = link;
            }
            if (key == null) {
                continue;
            }
            Date published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            items.add(new FeedItem(key, link, blankToNull(entry.getTitle()),
                    published == null ? null : published.toInstant(), version(entry)));
        }
        return items;
    }

    private static String version(SyndEntry entry) {
        StringBuilder what = new StringBuilder();
        what.append(entry.getUpdatedDate() == null ? "" : entry.getUpdatedDate().getTime()).append('\n');
        what.append(String.valueOf(entry.getTitle())).append('\n');
        what.append(entry.getDescription() == null ? "" : entry.getDescription().getValue()).append('\n');
        for (SyndContent content : entry.getContents()) {
            what.append(content.getValue()).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(what.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed XML";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
