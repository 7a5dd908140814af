package dev.newsflow.ingest.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.newsflow.model.DurableFile;
import dev.newsflow.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What following feeds has published, kept in a small JSON file beside the folder watch's, so
 * that each entry is published once across runs and restarts: per entry (by guid, else link) the
 * version last published and when the entry was last in its feed; per feed the validators of its
 * last answer (ETag, Last-Modified), so that an unchanged feed costs a 304.
 *
 * <p>Replaced atomically, like the folder watch's state. A crash after the broker acknowledged an
 * entry's article and before the save publishes it once more on restart, under the same id, so it
 * replaces itself. An entry that has not been in its feed for {@link #FORGET_AFTER} is forgotten:
 * feeds drop old entries and do not bring them back.
 */
public final class FedItems {

    static final int SCHEMA = 1;
    static final Duration FORGET_AFTER = Duration.ofDays(90);

    /** The validators of a feed's last full answer; either may be null. */
    public record FeedState(String etag, String lastModified) {}

    /** An entry's last published (or rejected) version, and when it was last in its feed. */
    record ItemState(String version, Instant lastSeen) {}

    record Saved(int schema, Map<String, FeedState> feeds, Map<String, ItemState> items) {}

    private final Path file;
    private final Map<String, FeedState> feeds;
    private final Map<String, ItemState> items;

    private FedItems(Path file, Map<String, FeedState> feeds, Map<String, ItemState> items) {
        this.file = file;
        this.feeds = new TreeMap<>(feeds);
        this.items = new TreeMap<>(items);
    }

    /** The state in {@code file}, or an empty one where there is none yet. */
    public static FedItems load(Path file) {
        try {
            Saved saved = Json.MAPPER.readValue(Files.readAllBytes(file), Saved.class);
            if (saved == null || saved.schema() != SCHEMA || saved.feeds() == null || saved.items() == null) {
                throw new IllegalStateException("cannot read " + file + ": not a feed state file of this version; "
                        + "move it away to publish every entry of the feeds again");
            }
            return new FedItems(file, saved.feeds(), saved.items());
        } catch (NoSuchFileException e) {
            return new FedItems(file, Map.of(), Map.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getOriginalMessage()
                    + "; move it away to publish every entry of the feeds again", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    FeedState feed(String url) {
        return feeds.getOrDefault(url, new FeedState(null, null));
    }

    void feedAnswered(String url, String etag, String lastModified) {
        feeds.put(url, new FeedState(etag, lastModified));
    }

    /** Whether this version of the entry was published (or refused) already. */
    boolean isDone(FeedItem item) {
        ItemState state = items.get(item.key());
        return state != null && state.version().equals(item.version());
    }

    void seen(FeedItem item, Instant now) {
        items.computeIfPresent(item.key(), (key, state) -> new ItemState(state.version(), now));
    }

    void done(FeedItem item, Instant now) {
        items.put(item.key(), new ItemState(item.version(), now));
    }

    public int size() {
        return items.size();
    }

    /** Writes the state durably, without the entries that left their feeds long ago. */
    void save(Instant now) {
        items.values().removeIf(state -> state.lastSeen().isBefore(now.minus(FORGET_AFTER)));
        try {
            byte[] json = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Saved(SCHEMA, feeds, items));
            DurableFile.write(file, "." + file.getFileName() + ".tmp", List.of(json));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
