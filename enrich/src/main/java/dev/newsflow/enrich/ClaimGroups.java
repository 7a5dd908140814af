package dev.newsflow.enrich;

import dev.newsflow.enrich.DedupEvent.Claims;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Splits the keys that claims are decided on (fingerprints and similarity bands) into a fixed
 * number of groups, so that an article sends one batch of claims per group instead of one
 * record per claim. A key is always in the same group and a group always on the same
 * partition, so every claim on one key still meets the one stored state of that key, with any
 * number of partitions and instances.
 *
 * <p>{@link #GROUPS} is part of the state's layout: changing it moves keys to other partitions,
 * like changing the partition count, and needs a reset of the application. It also caps the
 * parallelism of the deciding stage at 32 partitions, which is more than one article's claims
 * need: an article of 25 long paragraphs makes 325 claims and so about as many batches as
 * there are groups.
 */
final class ClaimGroups implements StreamPartitioner<String, DedupEvent> {

    static final int GROUPS = 32;

    /** The group of a fingerprint or band key. {@link String#hashCode()} is specified, so stable. */
    static int of(String key) {
        return Math.floorMod(key.hashCode(), GROUPS);
    }

    /**
     * A batch goes to its group's partition, groups spread evenly; anything else (an article's
     * body) to the partition of its key's group.
     */
    @Override
    public Optional<Set<Integer>> partitions(String topic, String key, DedupEvent value, int numPartitions) {
        int group = value instanceof Claims claims ? claims.group() : of(key);
        return Optional.of(Set.of(group % numPartitions));
    }
}
