package dev.newsflow.model;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * What processing an article did to its published state. enrich emits on change: a record goes to
 * {@code newsflow.enriched} only when it differs from the last one published for the article's id,
 * with a header {@value #HEADER} saying {@code new} or {@code revised}; an unchanged article gets a
 * notice on {@code newsflow.unchanged} instead.
 */
public enum Change {

    /** No earlier record of the article is remembered (none was published, or none within the retention). */
    NEW,
    /** The record differs from the last one published for the article: its text, or what it owns, changed. */
    REVISED,
    /** The record would equal the last one published, so none was. */
    UNCHANGED;

    public static final String HEADER = "newsflow.change";

    /** The header's value: {@code new}, {@code revised}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public byte[] headerValue() {
        return value().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * What the header of a {@code newsflow.enriched} record says; a record without one (written by
     * an enrich from before emit on change, which published every article it processed) counts as new.
     */
    public static Change of(Headers headers) {
        Header header = headers.lastHeader(HEADER);
        if (header == null || header.value() == null) {
            return NEW;
        }
        String value = new String(header.value(), StandardCharsets.UTF_8);
        for (Change change : values()) {
            if (change.value().equals(value)) {
                return change;
            }
        }
        return NEW;
    }
}
