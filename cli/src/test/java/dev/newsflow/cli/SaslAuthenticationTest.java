package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.newsflow.broker.EmbeddedBroker;
import dev.newsflow.model.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The embedded broker with a SASL/PLAIN client listener (the controller listener stays
 * PLAINTEXT): a client with a wrong password is refused quickly; newsflow's commands, given the
 * right credentials through --kafka-config, work; and the password shows up in no log line and no
 * output, whatever the outcome.
 */
class SaslAuthenticationTest {

    private static final String PASSWORD = "alice-secret";
    private static final String BROKER_PASSWORD = "broker-secret";

    @TempDir
    static Path dir;

    private static EmbeddedBroker broker;
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeAll
    static void startBrokerWithSasl() {
        broker = EmbeddedBroker.start(dir.resolve("broker"), 0, Map.of(
                "listener.security.protocol.map", EmbeddedBroker.CLIENT_LISTENER + ":SASL_PLAINTEXT,CONTROLLER:PLAINTEXT",
                "sasl.enabled.mechanisms", "PLAIN",
                "sasl.mechanism.inter.broker.protocol", "PLAIN",
                // the broker's own login (for its transaction markers) and the users it accepts
                "listener.name.client.plain.sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required "
                        + "username=\"broker\" password=\"" + BROKER_PASSWORD + "\" user_broker=\"" + BROKER_PASSWORD + "\" "
                        + "user_alice=\"" + PASSWORD + "\";"),
                credentials("alice", PASSWORD));
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @BeforeEach
    void captureEveryLogLine() {
        logged.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        logged.start();
        root().addAppender(logged);
    }

    @AfterEach
    void stopCapturing() {
        root().detachAppender(logged);
    }

    @Test
    void shouldRefuseAClientWithAWrongPasswordWithinSeconds() throws Exception {
        Map<String, Object> wrong = new HashMap<>(credentials("alice", "not-" + PASSWORD));
        wrong.put("bootstrap.servers", broker.bootstrapServers());
        long start = System.nanoTime();

        try (Admin admin = Admin.create(wrong)) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> admin.describeCluster().nodes().get(30, TimeUnit.SECONDS));
            assertInstanceOf(SaslAuthenticationException.class, e.getCause());
        }

        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(15)) < 0, "refused quickly");
        assertPasswordNowhere();
    }

    @Test
    void shouldSayInOneLineThatTheCredentialsWereRefused() throws Exception {
        Path config = clientConfig("wrong.properties", "alice", "not-" + PASSWORD);
        Path article = Files.writeString(dir.resolve("sasl-refused.txt"), "Titel\nText.\n");

        CorpusReplay.Result result = CorpusReplay.run(List.of("ingest", article.toString(),
                "--bootstrap-servers", broker.bootstrapServers(), "--kafka-config", config.toString()));

        assertEquals(ErrorHandler.FAILED, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("newsflow ingest: Kafka at " + broker.bootstrapServers()
                + " refused to authenticate this client"), result.err());
        assertPasswordNowhere(result.out(), result.err());
    }

    @Test
    void shouldIngestAndWatchWithTheRightCredentialsFromKafkaConfig() throws Exception {
        Path config = clientConfig("alice.properties", "alice", PASSWORD);
        Path article = Files.writeString(dir.resolve("sasl-ok.txt"), "Über SASL\nMit Passwort.\n");

        CorpusReplay.Result ingest = CorpusReplay.run(List.of("ingest", article.toString(),
                "--bootstrap-servers", broker.bootstrapServers(), "--kafka-config", config.toString()));

        assertEquals(0, ingest.exitCode(), ingest.err());
        assertTrue(ingest.out().startsWith("Published 1 articles from 1 files"), ingest.out());
        ConsumerRecord<String, byte[]> published = firstRecordOn(Topics.ARTICLES.name());
        assertTrue(new String(published.value(), StandardCharsets.UTF_8).contains("\"title\":\"Über SASL\""));

        // a consumer too: watch gets the same settings
        Map<String, Object> alice = new HashMap<>(credentials("alice", PASSWORD));
        alice.put("bootstrap.servers", broker.bootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(alice, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.ENRICHED.name(), "sasl", "{\"schema\": 1, \"id\": \"sasl\", "
                    + "\"title\": \"Gesehen\", \"paragraphs\": [], \"duplicates\": [], \"entities\": []}")).get();
        }
        CorpusReplay.Result watch = CorpusReplay.run(List.of("watch", "--from-beginning", "--max", "1",
                "--bootstrap-servers", broker.bootstrapServers(), "--kafka-config", config.toString()));
        assertEquals(0, watch.exitCode(), watch.err());
        assertTrue(watch.out().contains("Gesehen — 0 kept, 0 dropped"), watch.out());
        assertPasswordNowhere(ingest.out(), ingest.err(), watch.out(), watch.err());
        assertTrue(logged.list.stream().anyMatch(e -> e.getFormattedMessage().contains("sasl.jaas.config = [hidden]")),
                "the clients' settings were logged, and the credentials hidden in them");
    }

    private static Map<String, Object> credentials(String user, String password) {
        return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "PLAIN",
                "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required "
                        + "username=\"" + user + "\" password=\"" + password + "\";");
    }

    private static Path clientConfig(String name, String user, String password) throws Exception {
        StringBuilder properties = new StringBuilder();
        credentials(user, password).forEach((k, v) -> properties.append(k).append('=').append(v).append('\n'));
        return Files.writeString(dir.resolve(name), properties);
    }

    private static ConsumerRecord<String, byte[]> firstRecordOn(String topic) {
        Map<String, Object> props = new HashMap<>(credentials("alice", PASSWORD));
        props.put("bootstrap.servers", broker.bootstrapServers());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    return record;
                }
            }
        }
        throw new AssertionError("nothing on " + topic);
    }

    /** Neither password in any log line captured (at every level that reaches the appenders) nor in the given output. */
    private void assertPasswordNowhere(String... outputs) {
        for (String output : outputs) {
            assertTrue(!output.contains(PASSWORD) && !output.contains(BROKER_PASSWORD), "password in output: " + output);
        }
        assertTrue(logged.list.size() > 0, "the log was captured");
        for (ILoggingEvent event : logged.list) {
            String line = event.getFormattedMessage() + throwableText(event.getThrowableProxy());
            assertTrue(!line.contains(PASSWORD) && !line.contains(BROKER_PASSWORD), "password logged: " + line);
        }
    }

    private static String throwableText(IThrowableProxy thrown) {
        StringBuilder text = new StringBuilder();
        for (IThrowableProxy t = thrown; t != null; t = t.getCause()) {
            text.append(' ').append(t.getClassName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }

    private static Logger root() {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
    }
}
