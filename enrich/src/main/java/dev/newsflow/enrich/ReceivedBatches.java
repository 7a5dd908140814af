package dev.newsflow.enrich;

import dev.newsflow.enrich.DedupEvent.Claims;
import java.util.Arrays;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The bytes of the batches a stream thread has just read from the claims topic, so that the
 * deciding stage stores each one as it came instead of encoding it again: a batch goes into the
 * store unchanged ({@link ClaimDecider}), and its value there is its record on the topic without
 * the event's kind byte. Encoding it again was about a tenth of the stream threads' time where
 * they decide (docs/benchmarks.md).
 *
 * <p>Batches are known by identity, never by equality: only the very object decoded from those
 * bytes is stored as them. A few are kept per thread, since a thread holds the next record of each
 * of its tasks' partitions decoded at once; one that is not stored is soon pushed out.
 */
final class ReceivedBatches {

    private static final int KEPT = 8;
    private static final ThreadLocal<ReceivedBatches> OF_THREAD = ThreadLocal.withInitial(ReceivedBatches::new);

    private final Claims[] batches = new Claims[KEPT];
    private final byte[][] bytes = new byte[KEPT][];
    private int next;

    private ReceivedBatches() {}

    /**
     * The events serde, remembering each batch it decodes from bytes of the format it writes
     * (whose value in the store is those bytes without the kind byte).
     *
     * @param kindByte the byte after the format byte that says an event is a batch
     */
    static Serde<DedupEvent> remembering(Serde<DedupEvent> events, byte format, byte kindByte) {
        Deserializer<DedupEvent> decode = events.deserializer();
        Deserializer<DedupEvent> remembering = (topic, data) -> {
            DedupEvent event = decode.deserialize(topic, data);
            if (event instanceof Claims batch && batch.body() == null && data.length > 2 && data[0] == format
                    && data[1] == kindByte) {
                OF_THREAD.get().remember(batch, data);
            }
            return event;
        };
        return Serdes.serdeFrom(events.serializer(), remembering);
    }

    /** The batches serde, writing a batch this thread has just read as it came. */
    static Serde<Claims> storedAsReceived(Serde<Claims> batches) {
        Serializer<Claims> encode = batches.serializer();
        Serializer<Claims> stored = (topic, batch) -> {
            byte[] received = batch == null ? null : OF_THREAD.get().take(batch);
            return received != null ? received : encode.serialize(topic, batch);
        };
        return Serdes.serdeFrom(stored, batches.deserializer());
    }

    private void remember(Claims batch, byte[] data) {
        batches[next] = batch;
        bytes[next] = data;
        next = (next + 1) % KEPT;
    }

    /** The stored form of a batch this thread decoded (its format byte, then all after the kind byte), or null. */
    private byte[] take(Claims batch) {
        for (int i = 0; i < KEPT; i++) {
            if (batches[i] == batch) {
                byte[] data = bytes[i];
                batches[i] = null;
                bytes[i] = null;
                byte[] value = Arrays.copyOfRange(data, 1, data.length);
                value[0] = data[0];
                return value;
            }
        }
        return null;
    }
}
