package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.newsflow.broker.EmbeddedBroker;
import dev.newsflow.broker.SharedBroker;
import dev.newsflow.metrics.Health;
import dev.newsflow.metrics.ServiceMetrics;
import dev.newsflow.model.TopicSetup;
import dev.newsflow.model.Topics;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.ParseResult;

/**
 * Checks docker-compose.yml and the Dockerfile against the code, without Docker: every service's
 * command is parsed by the real command line, and the broker's settings are compared with what
 * the services need of it.
 */
class DockerComposeTest {

    /** What newsflow sets on each topic it creates; everything else is the broker's default. */
    private static final Map<String, Set<String>> SET_ON_TOPIC = Map.of(
            "newsflow.articles", Set.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG),
            "newsflow.enriched", Set.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, TopicConfig.CLEANUP_POLICY_CONFIG,
                    TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, TopicConfig.DELETE_RETENTION_MS_CONFIG),
            "newsflow.unchanged", Set.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, TopicConfig.CLEANUP_POLICY_CONFIG,
                    TopicConfig.RETENTION_MS_CONFIG),
            "newsflow.dlq", Set.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, TopicConfig.CLEANUP_POLICY_CONFIG,
                    TopicConfig.RETENTION_MS_CONFIG),
            "newsflow.claims", Set.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, TopicConfig.CLEANUP_POLICY_CONFIG,
                    TopicConfig.RETENTION_MS_CONFIG, TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG));

    private static final Path COMPOSE_FILE = Path.of("../docker-compose.yml");
    private static final Path DOCKERFILE = Path.of("../Dockerfile");
    private static final String KAFKA = "kafka";
    /** The newsflow services; each runs the subcommand of its name. */
    private static final List<String> SERVICES = List.of("enrich", "sink", "ingest");
    /** The services that run until stopped: they serve metrics and answer health checks. */
    private static final List<String> LONG_RUNNING = List.of("enrich", "sink");

    private static JsonNode services;

    @BeforeAll
    static void readComposeFile() throws IOException {
        services = new ObjectMapper(new YAMLFactory()).readTree(COMPOSE_FILE.toFile()).path("services");
    }

    @Test
    void shouldDefineTheBrokerTheThreeServicesAndPrometheus() {
        for (String name : List.of(KAFKA, "enrich", "sink", "ingest", "prometheus")) {
            assertTrue(services.has(name), "no service " + name + " in " + COMPOSE_FILE);
        }
    }

    @Test
    void shouldRunTheOfficialKafkaImageInKraftMode() {
        JsonNode kafka = service(KAFKA);
        assertTrue(kafka.path("image").asText().startsWith("apache/kafka:"), "image: " + kafka.path("image"));
        assertEquals(KafkaImage.name(), kafka.path("image").asText(), "the release the clients are built from (kafka.version)");
        Map<String, String> env = environment(kafka);
        assertEquals("broker,controller", env.get("KAFKA_PROCESS_ROLES"));
        assertTrue(env.containsKey("KAFKA_CONTROLLER_QUORUM_VOTERS"), "no controller quorum voters");
    }

    @Test
    void shouldStartTheServicesOnceTheBrokerIsHealthy() {
        assertTrue(service(KAFKA).path("healthcheck").has("test"), "kafka has no healthcheck");
        for (String name : SERVICES) {
            assertEquals("service_healthy", service(name).path("depends_on").path(KAFKA).path("condition").asText(),
                    name + " does not wait for a healthy broker");
        }
    }

    @Test
    void shouldBuildTheServicesFromTheOneImage() {
        String image = service("enrich").path("image").asText();
        assertFalse(image.isEmpty(), "enrich names no image");
        for (String name : SERVICES) {
            assertEquals(image, service(name).path("image").asText(), name + " image");
            assertEquals(".", buildContext(service(name)), name + " build context");
        }
    }

    @Test
    void shouldGiveEachServiceACommandTheCliAccepts() {
        for (String name : SERVICES) {
            ParseResult parsed = parse(name);
            assertEquals(name, parsed.commandSpec().name(), "the subcommand of service " + name);
            assertFalse(parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested(),
                    name + " only asks for help");
        }
    }

    @Test
    void shouldPointEveryServiceAtTheBrokersInternalListener() {
        Map<String, String> env = environment(service(KAFKA));
        String internalListener = env.getOrDefault("KAFKA_INTER_BROKER_LISTENER_NAME", "PLAINTEXT");
        String internal = listeners(env.get("KAFKA_ADVERTISED_LISTENERS")).get(internalListener);
        assertEquals(KAFKA, host(internal), "the internal listener must advertise the service name: " + internal);
        for (String name : SERVICES) {
            assertEquals(internal, parse(name).matchedOptionValue("--bootstrap-servers", null),
                    name + " --bootstrap-servers");
        }
    }

    @Test
    void shouldLetTheBrokerAcceptTheLargestRecordEnrichWrites() {
        String maxBytes = environment(service(KAFKA)).get("KAFKA_MESSAGE_MAX_BYTES");
        assertTrue(maxBytes != null && Long.parseLong(maxBytes) >= Topics.MAX_MESSAGE_BYTES,
                "KAFKA_MESSAGE_MAX_BYTES=" + maxBytes + " is below " + Topics.MAX_MESSAGE_BYTES);
    }

    @Test
    void shouldCreateTheTopicsWithTheDefaultPartitions(@TempDir Path dir) throws Exception {
        // the compose file's scaling note counts on the default, as do the other commands that create topics
        String defaultPartitions = NewsflowCommand.commandLine().getSubcommands().get("enrich")
                .getCommandSpec().findOption("--partitions").defaultValue();
        Integer partitions = parse("enrich").matchedOptionValue("--partitions", Integer.valueOf(defaultPartitions));
        assertEquals(Integer.valueOf(defaultPartitions), partitions, "enrich --partitions");

        // what enrich creates with that, on a broker set up as the compose file's (auto-creation off)
        try (EmbeddedBroker broker = EmbeddedBroker.start(dir, 0, brokerProperties(environment(service(KAFKA))));
             Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            TopicSetup.ensure(Map.of("bootstrap.servers", broker.bootstrapServers()), partitions);

            // every topic the services read or write, and no other: the broker creates none on first use
            Set<String> names = admin.listTopics().names().get();
            assertEquals(Set.of("newsflow.articles", "newsflow.enriched", "newsflow.unchanged", "newsflow.dlq",
                    "newsflow.claims"), names, "topics created");
            assertEquals(Set.of(Topics.ARTICLES.name(), Topics.ENRICHED.name(), Topics.UNCHANGED.name(), Topics.DLQ.name(),
                    TopicSetup.CLAIMS), names, "the topics ingest writes, enrich reads and writes, and sink reads");
            for (TopicDescription topic : admin.describeTopics(names).allTopicNames().get().values()) {
                assertEquals(partitions, topic.partitions().size(), topic.name() + " partitions");
                assertEquals(1, topic.partitions().get(0).replicas().size(), topic.name() + " replicas on the one broker");
            }
            List<ConfigResource> resources = names.stream().map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList();
            admin.describeConfigs(resources).all().get().forEach((resource, config) -> {
                ConfigEntry maxBytes = config.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
                assertEquals(Integer.toString(Topics.MAX_MESSAGE_BYTES), maxBytes.value(), resource.name() + " max.message.bytes");
                assertEquals(ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG, maxBytes.source(),
                        resource.name() + ": max.message.bytes set on the topic, not taken from the broker");
                Set<String> setOnTopic = config.entries().stream()
                        .filter(entry -> entry.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG)
                        .map(ConfigEntry::name).collect(Collectors.toSet());
                assertEquals(SET_ON_TOPIC.get(resource.name()), setOnTopic, resource.name() + ": the settings made on the topic");
            });
        }
    }

    /**
     * The broker settings of the compose file's environment, as the apache/kafka image reads them
     * (KAFKA_MESSAGE_MAX_BYTES is message.max.bytes), less the node, listener and directory settings that
     * the embedded broker makes for itself. Kafka's default of one partition unless the file says otherwise,
     * so that the partitions come from enrich.
     */
    private static Map<String, String> brokerProperties(Map<String, String> env) {
        Set<String> own = Set.of("KAFKA_NODE_ID", "KAFKA_PROCESS_ROLES", "KAFKA_LISTENERS", "KAFKA_ADVERTISED_LISTENERS",
                "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "KAFKA_INTER_BROKER_LISTENER_NAME", "KAFKA_CONTROLLER_LISTENER_NAMES",
                "KAFKA_CONTROLLER_QUORUM_VOTERS", "KAFKA_LOG_DIRS");
        Map<String, String> props = new LinkedHashMap<>();
        props.put("num.partitions", "1");
        env.forEach((name, value) -> {
            if (name.startsWith("KAFKA_") && !own.contains(name)) {
                props.put(name.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        assertEquals("false", props.get("auto.create.topics.enable"), "the compose broker creates no topic on first use");
        return props;
    }

    @Test
    void shouldLeaveTopicCreationToNewsflowAndCompactionOn() {
        Map<String, String> env = environment(service(KAFKA));
        // a topic the broker made on first use would lack TopicSetup's settings: newsflow.enriched not compacted
        assertEquals("false", env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"), "the broker must not create topics itself");
        // newsflow.enriched is compacted by the log cleaner
        assertEquals("true", env.getOrDefault("KAFKA_LOG_CLEANER_ENABLE", "true"), "KAFKA_LOG_CLEANER_ENABLE");
    }

    @Test
    void shouldLetEnrichScale() {
        JsonNode enrich = service("enrich");
        assertFalse(enrich.has("container_name"), "a container name allows one instance only");
        assertFalse(enrich.has("ports"), "a host port allows one instance only");
    }

    @Test
    void shouldGiveEachEnrichInstanceItsOwnStateDirectory() {
        // Kafka Streams locks its state directory: instances sharing one cannot start
        Path stateDir = parse("enrich").matchedOptionValue("--state-dir", null);
        for (JsonNode volume : service("enrich").path("volumes")) {
            Mount mount = Mount.of(volume);
            if (stateDir.startsWith(mount.target())) {
                assertTrue(mount.isAnonymous(), "the state directory " + stateDir + " is on a shared mount: " + volume);
            }
        }
    }

    @Test
    void shouldServeMetricsToTheNetworkAndAskHealthOnThatPort() {
        for (String name : LONG_RUNNING) {
            ParseResult parsed = parse(name);
            Integer port = parsed.matchedOptionValue("--metrics-port", null);
            assertNotNull(port, name + " --metrics-port");
            assertEquals("0.0.0.0", parsed.matchedOptionValue("--metrics-bind", null),
                    name + ": the metrics must be reachable from the network, not from the container's loopback only");
            List<String> exposed = new ArrayList<>();
            service(name).path("expose").forEach(p -> exposed.add(p.asText()));
            assertTrue(exposed.contains(port.toString()), name + " exposes " + exposed + ", not " + port);
            String check = healthcheck(name);
            assertTrue(check.contains("/dev/tcp/127.0.0.1/" + port + " ") && check.contains("GET /health "),
                    name + " healthcheck: " + check);
            // neither is in the eclipse-temurin image; bash is
            assertFalse(check.contains("curl") || check.contains("wget"), name + " healthcheck: " + check);
        }
    }

    @Test
    void shouldPassTheHealthcheckExactlyWhileHealthSays200() throws Exception {
        try (ServiceMetrics metrics = ServiceMetrics.serve(new InetSocketAddress("127.0.0.1", 0))) {
            String port = Integer.toString(metrics.address().getPort());
            for (String name : LONG_RUNNING) {
                Integer composePort = parse(name).matchedOptionValue("--metrics-port", null);
                // what the container runs: compose writes $$ as $
                List<String> test = new ArrayList<>();
                service(name).path("healthcheck").path("test").forEach(arg -> test.add(arg.asText()
                        .replace("/" + composePort + " ", "/" + port + " ").replace("$$", "$")));
                assertEquals("CMD", test.get(0), name + " healthcheck: " + test);
                List<String> command = test.subList(1, test.size());

                metrics.checkService(() -> Health.down("starting"));
                assertEquals(1, exitCode(command), name + " healthcheck while /health is 503: " + command);
                metrics.checkService(() -> Health.UP);
                metrics.probe(Map.of("bootstrap.servers", SharedBroker.bootstrapServers()));
                awaitHealthy(metrics);
                assertEquals(0, exitCode(command), name + " healthcheck while /health is 200: " + command);
            }
        }
    }

    @Test
    void shouldScrapeEveryServiceThatServesMetricsOnlyInTheMetricsProfile() throws IOException {
        JsonNode prometheus = service("prometheus");
        assertEquals("[\"metrics\"]", prometheus.path("profiles").toString(), "prometheus profiles");
        Path config = null;
        for (JsonNode volume : prometheus.path("volumes")) {
            Mount mount = Mount.of(volume);
            if (mount.target().equals(Path.of("/etc/prometheus/prometheus.yml"))) {
                config = COMPOSE_FILE.resolveSibling(mount.source());
            }
        }
        assertNotNull(config, "no scrape config mounted on /etc/prometheus/prometheus.yml");
        Map<String, JsonNode> jobs = new LinkedHashMap<>();
        new ObjectMapper(new YAMLFactory()).readTree(config.toFile()).path("scrape_configs")
                .forEach(job -> jobs.put(job.path("job_name").asText(), job));
        assertEquals(Set.copyOf(LONG_RUNNING), jobs.keySet(), "a job per service that serves metrics");

        Integer enrichPort = parse("enrich").matchedOptionValue("--metrics-port", null);
        JsonNode byDns = jobs.get("enrich").path("dns_sd_configs").path(0);
        assertEquals("[\"enrich\"]", byDns.path("names").toString(), "every enrich instance, by the service's name");
        assertEquals(enrichPort.intValue(), byDns.path("port").asInt(), "enrich's metrics port");
        Integer sinkPort = parse("sink").matchedOptionValue("--metrics-port", null);
        assertEquals("[\"sink:" + sinkPort + "\"]", jobs.get("sink").path("static_configs").path(0).path("targets").toString());
    }

    private static String healthcheck(String name) {
        List<String> test = new ArrayList<>();
        service(name).path("healthcheck").path("test").forEach(arg -> test.add(arg.asText()));
        return String.join(" ", test);
    }

    private static int exitCode(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("still running after 10 s: " + command);
        }
        return process.exitValue();
    }

    private static void awaitHealthy(ServiceMetrics metrics) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!metrics.health().up()) {
            if (System.nanoTime() > deadline) {
                fail("not healthy within 30 s: " + metrics.health().reason());
            }
            // the probe asks the broker on its own schedule
            Thread.sleep(100);
        }
    }

    @Test
    void shouldStartTheCliMainClassInTheImage() throws Exception {
        List<String> entrypoint = entrypoint();
        String mainClass = mainClass(entrypoint);
        assertEquals(Main.class.getName(), mainClass, "ENTRYPOINT " + entrypoint);
        Method main = Class.forName(mainClass).getMethod("main", String[].class);
        assertTrue(Modifier.isStatic(main.getModifiers()), mainClass + ".main is not static");
    }

    private static JsonNode service(String name) {
        JsonNode service = services.path(name);
        if (service.isMissingNode()) {
            fail("no service " + name + " in " + COMPOSE_FILE);
        }
        return service;
    }

    /** The service's command, parsed by the real command line; the result is the subcommand's. */
    private static ParseResult parse(String name) {
        JsonNode command = service(name).path("command");
        assertTrue(command.isArray(), name + ": command must be a list of arguments, not " + command);
        List<String> args = new ArrayList<>();
        command.forEach(arg -> args.add(arg.asText()));
        ParseResult root = assertDoesNotThrow(
                () -> NewsflowCommand.commandLine().parseArgs(args.toArray(String[]::new)),
                name + ": the CLI refuses " + args);
        assertTrue(root.hasSubcommand(), name + ": no subcommand in " + args);
        return root.subcommand();
    }

    /** Both forms compose takes: a map, or a list of NAME=VALUE. */
    private static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode environment = service.path("environment");
        if (environment.isArray()) {
            environment.forEach(entry -> {
                String[] pair = entry.asText().split("=", 2);
                env.put(pair[0], pair.length > 1 ? pair[1] : "");
            });
        } else {
            environment.properties().forEach(entry -> env.put(entry.getKey(), entry.getValue().asText()));
        }
        return env;
    }

    /** {@code NAME://host:port,...} as listener name to {@code host:port}. */
    private static Map<String, String> listeners(String spec) {
        assertTrue(spec != null && !spec.isBlank(), "no KAFKA_ADVERTISED_LISTENERS");
        Map<String, String> listeners = new LinkedHashMap<>();
        for (String listener : spec.split(",")) {
            String[] parts = listener.strip().split("://", 2);
            listeners.put(parts[0], parts[1]);
        }
        return listeners;
    }

    private static String host(String hostAndPort) {
        assertTrue(hostAndPort != null && hostAndPort.contains(":"), "not host:port: " + hostAndPort);
        return hostAndPort.substring(0, hostAndPort.lastIndexOf(':'));
    }

    private static String buildContext(JsonNode service) {
        JsonNode build = service.path("build");
        return build.isObject() ? build.path("context").asText() : build.asText();
    }

    /** A volume entry in its short ({@code [SOURCE:]TARGET[:MODE]}) or long form. */
    private record Mount(String source, Path target) {

        static Mount of(JsonNode volume) {
            if (volume.isObject()) {
                return new Mount(volume.path("source").asText(""), Path.of(volume.path("target").asText()));
            }
            String[] parts = volume.asText().split(":");
            return parts.length == 1 ? new Mount("", Path.of(parts[0])) : new Mount(parts[0], Path.of(parts[1]));
        }

        /** A volume without a source is created for each container, so instances do not share it. */
        boolean isAnonymous() {
            return source.isEmpty();
        }
    }

    /** The exec-form ENTRYPOINT of the Dockerfile's last stage. */
    private static List<String> entrypoint() throws IOException {
        List<String> entrypoints = Files.readAllLines(DOCKERFILE).stream()
                .map(String::strip)
                .filter(line -> line.startsWith("ENTRYPOINT "))
                .toList();
        assertFalse(entrypoints.isEmpty(), "no ENTRYPOINT in " + DOCKERFILE);
        JsonNode args = new ObjectMapper().readTree(entrypoints.get(entrypoints.size() - 1).substring("ENTRYPOINT ".length()));
        assertTrue(args.isArray(), "ENTRYPOINT is not in exec form: " + args);
        List<String> entrypoint = new ArrayList<>();
        args.forEach(arg -> entrypoint.add(arg.asText()));
        return entrypoint;
    }

    /** The first argument of {@code java} that is neither an option nor an option's value. */
    private static String mainClass(List<String> javaCommand) {
        for (int i = 1; i < javaCommand.size(); i++) {
            String arg = javaCommand.get(i);
            if (List.of("-cp", "-classpath", "--class-path").contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return fail("no main class in " + javaCommand);
    }
}
