package dev.newsflow.enrich;

import dev.newsflow.enrich.DedupEvent.Claims;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Puts the keys that claims are decided on (fingerprints and similarity bands) on the partitions
 * of the deciding stage, so that an article sends one batch of claims per partition, and every
 * claim on one key meets the one stored state of that key, with any number of partitions and
 * instances. A key's partition is its {@link String#hashCode()} (specified, so stable) modulo the
 * partition count of the claims topic.
 *
 * <p>The scatter batches by partition, so it needs the partition count, which only the producer
 * knows: this partitioner learns it from the first record it routes (one instance serves every
 * stream thread of the topology), and the scatter sends its first article's body on its own until
 * then. The count is part of the state's layout: adding partitions to the claims topic moves keys
 * away from their stored state, like adding partitions to any repartition topic, and needs a
 * reset of the application; a batch made for another count is refused rather than misrouted.
 */
final class ClaimPartitions implements StreamPartitioner<String, DedupEvent> {

    private volatile int count;

    /** The partition count of the claims topic, or 0 before the first record was routed. */
    int count() {
        return count;
    }

    /** The partition of a fingerprint, band key or article id among {@code partitions}. */
    static int of(String key, int partitions) {
        return Math.floorMod(key.hashCode(), partitions);
    }

    /** A batch goes to the partition it was made for; anything else (a body on its own) to its key's. */
    @Override
    public Optional<Set<Integer>> partitions(String topic, String key, DedupEvent value, int numPartitions) {
        count = numPartitions;
        if (value instanceof Claims batch) {
            if (batch.partitions() != numPartitions) {
                throw new StreamsException("Topic " + topic + " has " + numPartitions + " partitions, but the claims of "
                        + "article " + batch.articleId() + " were batched for " + batch.partitions() + ": the partition "
                        + "count of the claims topic is part of the dedup state's layout; reset the application to change it");
            }
            return Optional.of(Set.of(batch.group()));
        }
        return Optional.of(Set.of(of(key, numPartitions)));
    }
}
