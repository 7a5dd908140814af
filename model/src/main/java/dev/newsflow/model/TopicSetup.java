package dev.newsflow.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates newsflow's topics where they are missing; existing topics are left as they are (what a
 * topic's owner set is theirs: docs/output.md says how to switch one to the settings below).
 */
public final class TopicSetup {

    private static final Logger log = LoggerFactory.getLogger(TopicSetup.class);

    /**
     * enrich's claims: each article's batch of claims for each partition of its deciding stage,
     * which that stage stores and restores its store from (docs/enrich.md). Internal to enrich, but
     * created with the others, since Kafka Streams purges the topics it makes for itself.
     */
    public static final String CLAIMS = "newsflow.claims";

    public static final List<String> NAMES = List.of(Topics.ARTICLES.name(), Topics.ENRICHED.name(),
            Topics.UNCHANGED.name(), Topics.DLQ.name(), CLAIMS);

    /**
     * How long {@link #CLAIMS} keeps a batch that no later batch of the same article replaced:
     * twice enrich's default retention, so that what the deciding stage still remembers is still
     * there to restore it from; enrich refuses a longer retention than the topic's.
     */
    public static final Duration CLAIMS_RETENTION = Duration.ofDays(60);

    /**
     * How long a batch on {@link #CLAIMS} is safe from compaction: a restore reads the topic up to
     * where the deciding stage has read, so a batch must not be compacted away for a later one the
     * stage has not read yet; only a stage more than this behind could meet that.
     */
    public static final Duration CLAIMS_MIN_COMPACTION_LAG = Duration.ofDays(1);

    private TopicSetup() {}

    public static final int DEFAULT_PARTITIONS = 4;
    private static final Duration REACH_TIMEOUT = Duration.ofSeconds(15);

    /**
     * How long a record of {@code newsflow.enriched} is safe from compaction, which removes it
     * only once a later record of the same article is there. Longer than the sink's roll interval
     * (1 h of record time: a file's records, buffered until it rolls and read again after a crash)
     * and than the revision window (enrich revises an article within seconds of the article that
     * changes it): a reader that keeps up, the sink included, sees every revision, and compaction
     * only prunes history.
     */
    public static final Duration ENRICHED_MIN_COMPACTION_LAG = Duration.ofHours(1);

    /**
     * How long a tombstone (a null value: an article taken down by whoever runs the topic) stays
     * on {@code newsflow.enriched} after compaction: a reader that starts from the beginning must
     * finish within this to see every removal, and one that reads at least daily misses none.
     */
    public static final Duration ENRICHED_DELETE_RETENTION = Duration.ofDays(1);

    /** How long {@code newsflow.dlq} keeps what the topology could not read: long enough to notice, look and replay. */
    public static final Duration DLQ_RETENTION = Duration.ofDays(30);

    /**
     * How long {@code newsflow.unchanged} keeps its notices: they are news for whoever is waiting or
     * watching now ({@code run}, {@code watch}); the article's state is on {@code newsflow.enriched}.
     */
    public static final Duration UNCHANGED_RETENTION = Duration.ofDays(1);

    /**
     * The settings newsflow creates a topic with: {@code newsflow.enriched} is a changelog keyed by
     * article id, so it is compacted, and a reader from the beginning gets each article's latest
     * state without every revision before it; the notices of unchanged articles are kept a day; the
     * dead letters are kept by time, long; the articles take the cluster's defaults. Every topic
     * takes newsflow's largest record.
     */
    public static Map<String, String> configs(String topic) {
        Map<String, String> configs = new LinkedHashMap<>();
        configs.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(Topics.MAX_MESSAGE_BYTES));
        if (topic.equals(Topics.ENRICHED.name())) {
            configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
            configs.put(TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, Long.toString(ENRICHED_MIN_COMPACTION_LAG.toMillis()));
            configs.put(TopicConfig.DELETE_RETENTION_MS_CONFIG, Long.toString(ENRICHED_DELETE_RETENTION.toMillis()));
        } else if (topic.equals(Topics.UNCHANGED.name())) {
            configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
            configs.put(TopicConfig.RETENTION_MS_CONFIG, Long.toString(UNCHANGED_RETENTION.toMillis()));
        } else if (topic.equals(CLAIMS)) {
            configs.put(TopicConfig.CLEANUP_POLICY_CONFIG,
                    TopicConfig.CLEANUP_POLICY_COMPACT + "," + TopicConfig.CLEANUP_POLICY_DELETE);
            configs.put(TopicConfig.RETENTION_MS_CONFIG, Long.toString(CLAIMS_RETENTION.toMillis()));
            configs.put(TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, Long.toString(CLAIMS_MIN_COMPACTION_LAG.toMillis()));
        } else if (topic.equals(Topics.DLQ.name())) {
            configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
            configs.put(TopicConfig.RETENTION_MS_CONFIG, Long.toString(DLQ_RETENTION.toMillis()));
        }
        return configs;
    }

    /**
     * Checks that the cluster answers, then creates the missing topics. Whichever newsflow
     * command first finds them missing creates them, so the services can start in any order.
     */
    public static void ensure(Map<String, Object> client, int partitions) {
        ensure(client, partitions, KafkaWait.BRIEF);
    }

    /** As {@link #ensure(Map, int)}, waiting for an unreachable cluster as {@code wait} says. */
    public static void ensure(Map<String, Object> client, int partitions, KafkaWait wait) {
        Map<String, Object> adminConfig = new java.util.HashMap<>(client);
        // an unreachable cluster fails in seconds, not after the default minute
        adminConfig.putIfAbsent("default.api.timeout.ms", (int) REACH_TIMEOUT.toMillis());
        adminConfig.putIfAbsent("request.timeout.ms", 10_000);
        awaitReachable(client, wait);
        try (Admin admin = Admin.create(adminConfig)) {
            create(admin, NAMES.stream().filter(name -> !name.equals(CLAIMS)).toList(), partitions);
            // the claims are partitioned as the articles are, as a repartition topic would be: the
            // verdicts come back to an article's partition by that count (enrich's ClaimPartitions)
            int articles = partitionsOf(admin, Topics.ARTICLES.name());
            create(admin, List.of(CLAIMS), articles);
            int claims = partitionsOf(admin, CLAIMS);
            if (claims != articles) {
                throw new IllegalStateException(CLAIMS + " has " + claims + " partitions and " + Topics.ARTICLES.name()
                        + " " + articles + ": enrich needs as many of each (the claims topic's count is part of the dedup "
                        + "state's layout; docs/enrich.md says how to change it)");
            }
        }
    }

    /**
     * Refuses a retention that {@link #CLAIMS} does not keep: the deciding stage restores what it
     * remembers from that topic, so a batch the topic deleted before the stage forgot it would be
     * lost at the next restore.
     */
    public static void checkClaimsKeep(Map<String, Object> client, Duration retention) {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, CLAIMS);
        try (Admin admin = Admin.create(client)) {
            ConfigEntry kept = admin.describeConfigs(List.of(topic)).all().get().get(topic).get(TopicConfig.RETENTION_MS_CONFIG);
            long keptMs = kept == null || kept.value() == null ? -1 : Long.parseLong(kept.value());
            if (keptMs >= 0 && keptMs < retention.toMillis()) {
                throw new IllegalStateException("--retention " + retention.toDays() + "d is longer than " + CLAIMS
                        + " keeps its records (retention.ms=" + keptMs + ", " + Duration.ofMillis(keptMs).toDays()
                        + "d): enrich restores what it remembers from that topic; raise its retention.ms "
                        + "(kafka-configs --alter --entity-type topics --entity-name " + CLAIMS
                        + " --add-config retention.ms=...) or give a shorter --retention");
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AuthorizationException) { // a principal that may not read topic settings
                log.warn("Cannot check how long {} keeps its records ({}): it must keep them at least --retention ({})",
                        CLAIMS, e.getCause().getMessage(), retention);
                return;
            }
            throw new IllegalStateException("cannot read the settings of topic " + CLAIMS + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the settings of topic " + CLAIMS, e);
        }
    }

    private static void create(Admin admin, List<String> names, int partitions) {
        List<NewTopic> topics = new ArrayList<>();
        for (String name : names) {
            // replication: the cluster's default, so the same code serves one broker and many
            topics.add(new NewTopic(name, Optional.of(partitions), Optional.empty()).configs(configs(name)));
        }
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

    /** A topic's partition count, waiting out a broker that does not know of a topic just created yet. */
    private static int partitionsOf(Admin admin, String topic) {
        long deadline = System.nanoTime() + REACH_TIMEOUT.toNanos();
        while (true) {
            try {
                return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot describe topic " + topic + ": " + e.getCause().getMessage(),
                            e.getCause());
                }
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while describing topic " + topic, e);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a topic", e);
        }
    }

    /**
     * Asks the cluster every few seconds until it answers, saying so, or the wait's limit has passed.
     * Each try is an admin call of its own, bounded by the try's time: a client left to its defaults
     * retries a refused connection for a minute before it says anything.
     */
    private static void awaitReachable(Map<String, Object> client, KafkaWait wait) {
        Map<String, Object> adminConfig = new java.util.HashMap<>(client);
        adminConfig.put("default.api.timeout.ms", (int) KafkaWait.EVERY.toMillis());
        adminConfig.put("request.timeout.ms", (int) KafkaWait.EVERY.toMillis());
        long start = System.nanoTime();
        boolean waited = false;
        while (true) {
            long tryNanos = wait.forever() ? KafkaWait.EVERY.toNanos()
                    : Math.max(1, Math.min(KafkaWait.EVERY.toNanos(), wait.limit().toNanos() - (System.nanoTime() - start)));
            try (Admin admin = Admin.create(adminConfig)) {
                admin.describeCluster().nodes().get(tryNanos, TimeUnit.NANOSECONDS);
                if (waited) {
                    wait.say().accept("Kafka at " + client.get("bootstrap.servers") + " answers after "
                            + seconds(System.nanoTime() - start) + ", going on");
                }
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while connecting to Kafka", e);
            } catch (Exception e) {
                AuthenticationException refused = authenticationFailure(e);
                if (refused != null) {
                    throw new IllegalStateException("Kafka at " + client.get("bootstrap.servers") + " refused to authenticate "
                            + "this client (check security.protocol, sasl.* and ssl.* in --kafka-config): "
                            + refused.getMessage(), e);
                }
                long waitedNanos = System.nanoTime() - start;
                if (!wait.forever() && waitedNanos >= wait.limit().toNanos()) {
                    throw new IllegalStateException("cannot reach Kafka at " + client.get("bootstrap.servers") + " within "
                            + seconds(wait.limit().toNanos()) + " (is a broker running? 'newsflow broker --data-dir DIR' "
                            + "starts one; --kafka-wait waits longer)", e);
                }
                waited = true;
                String line = "waiting for Kafka at " + client.get("bootstrap.servers") + ": no answer for "
                        + seconds(waitedNanos) + (wait.forever() ? ", waiting on" : ", giving up after " + seconds(wait.limit().toNanos()));
                log.info(line);
                wait.say().accept(line);
                pauseUntilNextTry(e, waitedNanos, wait);
            }
        }
    }

    /** A refused connection fails at once: the next try comes a few seconds later, not in a busy loop. */
    private static void pauseUntilNextTry(Exception failure, long waitedNanos, KafkaWait wait) {
        long sinceLastTry = waitedNanos % KafkaWait.EVERY.toNanos();
        long pause = KafkaWait.EVERY.toNanos() - sinceLastTry;
        if (!wait.forever()) {
            pause = Math.min(pause, wait.limit().toNanos() - waitedNanos);
        }
        try {
            Thread.sleep(Math.max(0, pause / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", failure);
        }
    }

    private static String seconds(long nanos) {
        return Math.round(nanos / 1e9) + " s";
    }

    private static AuthenticationException authenticationFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AuthenticationException refused) {
                return refused;
            }
        }
        return null;
    }
}
