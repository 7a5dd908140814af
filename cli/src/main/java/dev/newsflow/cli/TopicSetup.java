package dev.newsflow.cli;

import dev.newsflow.enrich.EnrichStreams;
import dev.newsflow.model.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates newsflow's topics where they are missing; existing topics are left as they are. */
final class TopicSetup {

    private static final Logger log = LoggerFactory.getLogger(TopicSetup.class);

    static final List<String> NAMES = List.of(Topics.ARTICLES.name(), Topics.ENRICHED.name(), Topics.DLQ.name());

    private TopicSetup() {}

    static void ensure(Map<String, Object> client, int partitions) {
        List<NewTopic> topics = new ArrayList<>();
        for (String name : NAMES) {
            // replication: the cluster's default, so the same code serves one broker and many
            topics.add(new NewTopic(name, Optional.of(partitions), Optional.empty())
                    .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(EnrichStreams.MAX_MESSAGE_BYTES))));
        }
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(topics).values().forEach((name, future) -> {
                try {
                    future.get();
                    log.info("Created topic {} with {} partitions", name, partitions);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + name + ": " + e.getCause().getMessage(), e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while creating topic " + name, e);
                }
            });
        }
    }
}
