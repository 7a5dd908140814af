package dev.newsflow.enrich;

import dev.newsflow.model.Topics;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

/** The Kafka Streams settings of the enrich service. */
public final class EnrichStreams {

    private EnrichStreams() {}

    /**
     * @param client bootstrap servers and whatever else the cluster needs (TLS, SASL); these win
     *     over the defaults below, except the processing guarantee
     */
    public static Properties properties(Map<String, Object> client, Path stateDir, int threads) {
        Map<String, Object> props = new HashMap<>();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, EnrichTopology.APPLICATION_ID);
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), Topics.MAX_MESSAGE_BYTES);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), Topics.MAX_MESSAGE_BYTES);
        props.put(StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG), Topics.MAX_MESSAGE_BYTES);
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedStateMemory.class);
        // the internal topics (changelogs, repartitions) as many copies as the cluster's
        // default.replication.factor, and its min.insync.replicas, as newsflow's own topics: the
        // same code serves one broker and three; --kafka-config replication.factor=N overrides
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, -1);
        // opt in now to what Kafka 5.0 makes the default, which also silences its warning at start
        props.put("processing.exception.handler.global.enabled", true);
        props.putAll(client);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        Properties properties = new Properties();
        properties.putAll(props);
        return properties;
    }
}
