package dev.newsflow.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.model.TopicSetup;
import dev.newsflow.model.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topics as newsflow creates them on a fresh cluster, read back from a real broker:
 * newsflow.enriched a compacted changelog, the dead letters kept by time, and a topic that was
 * there before left as it was.
 */
class TopicSetupTest {

    private static final String ENRICHED = Topics.ENRICHED.name();
    private static final String DLQ = Topics.DLQ.name();
    private static final String UNCHANGED = Topics.UNCHANGED.name();
    private static final String ARTICLES = Topics.ARTICLES.name();
    private static final String CLAIMS = TopicSetup.CLAIMS;

    @TempDir
    Path dataDir;

    @Test
    void shouldCreateTheEnrichedTopicCompactedAndKeepTheNoticesADayAndTheDeadLettersThirtyDays() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(dataDir, 0, Map.of());
             Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            TopicSetup.ensure(Map.of("bootstrap.servers", broker.bootstrapServers()), 2);

            Map<String, Config> configs = configs(admin, List.of(ENRICHED, UNCHANGED, DLQ, ARTICLES));
            Config enriched = configs.get(ENRICHED);
            assertEquals("compact", value(enriched, TopicConfig.CLEANUP_POLICY_CONFIG));
            assertEquals("3600000", value(enriched, TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG), "1 hour");
            assertEquals("86400000", value(enriched, TopicConfig.DELETE_RETENTION_MS_CONFIG), "1 day");
            Config unchanged = configs.get(UNCHANGED);
            assertEquals("delete", value(unchanged, TopicConfig.CLEANUP_POLICY_CONFIG));
            assertEquals("86400000", value(unchanged, TopicConfig.RETENTION_MS_CONFIG), "1 day");
            Config dlq = configs.get(DLQ);
            assertEquals("delete", value(dlq, TopicConfig.CLEANUP_POLICY_CONFIG));
            assertEquals("2592000000", value(dlq, TopicConfig.RETENTION_MS_CONFIG), "30 days");
            assertEquals("delete", value(configs.get(ARTICLES), TopicConfig.CLEANUP_POLICY_CONFIG), "the cluster's default");
            for (Config topic : configs.values()) {
                assertEquals(Integer.toString(Topics.MAX_MESSAGE_BYTES), value(topic, TopicConfig.MAX_MESSAGE_BYTES_CONFIG));
            }
            assertEquals(2, admin.describeTopics(List.of(ENRICHED)).allTopicNames().get().get(ENRICHED).partitions().size());
        }
    }

    @Test
    void shouldLeaveATopicThatWasThereAsItWas() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(dataDir, 0, Map.of());
             Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(Set.of(new NewTopic(ENRICHED, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);

            TopicSetup.ensure(Map.of("bootstrap.servers", broker.bootstrapServers()), TopicSetup.DEFAULT_PARTITIONS);

            Config enriched = configs(admin, List.of(ENRICHED)).get(ENRICHED);
            assertEquals("delete", value(enriched, TopicConfig.CLEANUP_POLICY_CONFIG), "never altered");
            assertEquals(1, admin.describeTopics(List.of(ENRICHED)).allTopicNames().get().get(ENRICHED).partitions().size());
        }
    }

    /**
     * enrich's claims topic takes the articles topic's partition count, whatever the one asked for
     * (the verdicts come back to an article's partition by it), is compacted and kept 60 days, and
     * a longer --retention than it keeps is refused.
     */
    @Test
    void shouldPartitionTheClaimsAsTheArticlesAndRefuseARetentionTheyAreNotKeptFor() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(dataDir, 0, Map.of());
             Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(Set.of(new NewTopic(ARTICLES, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
            Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());

            TopicSetup.ensure(client, 2);

            assertEquals(3, admin.describeTopics(List.of(CLAIMS)).allTopicNames().get().get(CLAIMS).partitions().size());
            Config claims = configs(admin, List.of(CLAIMS)).get(CLAIMS);
            assertEquals("compact,delete", value(claims, TopicConfig.CLEANUP_POLICY_CONFIG));
            assertEquals("5184000000", value(claims, TopicConfig.RETENTION_MS_CONFIG), "60 days");
            assertEquals("86400000", value(claims, TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG), "1 day");
            TopicSetup.checkClaimsKeep(client, Duration.ofDays(30));
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> TopicSetup.checkClaimsKeep(client, Duration.ofDays(90)));
            assertTrue(refused.getMessage().contains("--retention 90d is longer than newsflow.claims keeps"), refused.getMessage());
        }
    }

    private static Map<String, Config> configs(Admin admin, List<String> topics) throws Exception {
        List<ConfigResource> resources = topics.stream().map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList();
        Map<ConfigResource, Config> described = admin.describeConfigs(resources).all().get(30, TimeUnit.SECONDS);
        return described.entrySet().stream().collect(java.util.stream.Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue));
    }

    private static String value(Config config, String name) {
        return config.get(name).value();
    }
}
