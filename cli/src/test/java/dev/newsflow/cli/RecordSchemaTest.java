package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import dev.newsflow.enrich.EnrichConfig;
import dev.newsflow.enrich.EnrichStreams;
import dev.newsflow.enrich.EnrichTopology;
import dev.newsflow.ingest.ArticleReader;
import dev.newsflow.ingest.ReadListener;
import dev.newsflow.ingest.Rejection;
import dev.newsflow.measure.corpus.CorpusSources;
import dev.newsflow.measure.corpus.GeneratedArticle;
import dev.newsflow.measure.corpus.SyntheticCorpus;
import dev.newsflow.model.Article;
import dev.newsflow.model.Duplicate;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.Json;
import dev.newsflow.model.JsonSerde;
import dev.newsflow.model.Mention;
import dev.newsflow.model.Paragraph;
import dev.newsflow.model.ParagraphRef;
import dev.newsflow.model.Topics;
import dev.newsflow.model.UnchangedArticle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published JSON Schemas (docs/schema/) against what the code writes: every article read from
 * the corpus and from JSON input, and every record of a generated corpus run through the real
 * topology with the real tagger, must match them; and the schemas must be strict enough to notice
 * when the records change (a field more or less, a new value), so they cannot drift from the code.
 * The files of the corpus run are checked in {@link CorpusReplay}.
 */
class RecordSchemaTest {

    private static final JsonSerde<Article> ARTICLES = JsonSerde.of(Article.class);
    private static final Pattern A_POINT = Pattern.compile("\"lat\":-?[0-9]");

    /** The generated articles and what the topology made of them, once for all tests. */
    private static List<Article> generated;
    private static List<String> enriched;
    private static List<String> unchanged;

    @TempDir
    Path dir;

    @BeforeAll
    static void enrichAGeneratedCorpus(@TempDir Path stateDir) {
        List<GeneratedArticle> corpus = new SyntheticCorpus(CorpusSources.read(CorpusReplay.CORPUS), 21,
                SyntheticCorpus.Mix.dedupEvaluation(), 4, 12).generate(100);
        generated = corpus.stream().map(GeneratedArticle::toArticle).toList();
        try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.build(EnrichConfig.defaults(), new EnrichOptions().tagger()),
                EnrichStreams.properties(Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092"), stateDir, 1))) {
            TestInputTopic<String, byte[]> in = driver.createInputTopic(Topics.ARTICLES.name(),
                    Serdes.String().serializer(), Serdes.ByteArray().serializer());
            corpus.forEach(article -> in.pipeInput(article.id(), ARTICLES.toBytes(article.toArticle()), article.ingestedAt()));
            enriched = driver.createOutputTopic(Topics.ENRICHED.name(), Serdes.String().deserializer(), Serdes.ByteArray().deserializer())
                    .readValuesToList().stream().map(bytes -> new String(bytes, StandardCharsets.UTF_8)).toList();
            // some of them again, later: replays, which leave notices instead of records
            corpus.subList(0, 20).forEach(article -> in.pipeInput(article.id(), ARTICLES.toBytes(article.toArticle()),
                    article.ingestedAt().plusSeconds(3600)));
            unchanged = driver.createOutputTopic(Topics.UNCHANGED.name(), Serdes.String().deserializer(), Serdes.ByteArray().deserializer())
                    .readValuesToList().stream().map(bytes -> new String(bytes, StandardCharsets.UTF_8)).toList();
        }
    }

    @Test
    void shouldDescribeEveryArticleOfTheCorpusAsIngested() {
        List<Article> read = read(List.of(CorpusReplay.CORPUS.toString()));

        assertEquals(5, read.size());
        read.forEach(article -> RecordSchemas.ARTICLE.assertMatches(json(article), "article " + article.source()));
    }

    @Test
    void shouldDescribeAnArticleReadFromAWebPage() throws IOException {
        Files.writeString(dir.resolve("page.html"), "<html><head><title>Neue Gefechte | Zeitung</title></head><body>"
                + "<nav><a href=\"/\">Startseite</a></nav><article><h1>Neue Gefechte</h1><p>Die ukrainische Armee meldet "
                + "neue Gefechte im Gebiet Kursk, rund 40 Kilometer hinter der Grenze, und spricht von Erfolgen.</p>"
                + "<p>Ein Sprecher sagte am Vormittag, die Lage sei unübersichtlich.</p></article></body></html>");

        List<Article> read = read(List.of(dir.resolve("page.html").toString()));

        assertEquals(1, read.size());
        assertEquals("text/html", read.get(0).contentType());
        RecordSchemas.ARTICLE.assertMatches(json(read.get(0)), "the page's article");
    }

    @Test
    void shouldDescribeArticlesReadFromJsonWithAndWithoutTheOptionalFields() throws IOException {
        Files.writeString(dir.resolve("one.json"), "{\"text\": \"Ein Satz.\"}");
        Files.writeString(dir.resolve("more.jsonl"),
                "{\"id\": \"wire:42\", \"title\": \" Titel \", \"text\": \"Text.\", \"publishedAt\": \"2026-11-22T03:00:00+01:00\","
                        + " \"url\": \"https://example.org/a\"}\n"
                        + "{\"text\": \"Noch ein Text.\", \"publishedAt\": \"2026-11-22T02:00:00.123456Z\"}\n");

        List<Article> read = read(List.of(dir.resolve("one.json").toString(), dir.resolve("more.jsonl").toString()));

        assertEquals(3, read.size());
        read.forEach(article -> RecordSchemas.ARTICLE.assertMatches(json(article), "article " + article.source()));
        assertTrue(read.stream().anyMatch(a -> a.title() == null && a.publishedAt() == null), "nulls written");
    }

    @Test
    void shouldDescribeEveryArticleOfAGeneratedCorpus() {
        generated.forEach(article -> RecordSchemas.ARTICLE.assertMatches(json(article), "generated article " + article.id()));
    }

    @Test
    void shouldDescribeEveryRecordTheTopologyWritesForAGeneratedCorpus() {
        assertTrue(enriched.size() >= generated.size(), "every article out, revisions included: " + enriched.size());
        for (String record : enriched) {
            RecordSchemas.ENRICHED_ARTICLE.assertMatches(record, "enriched record");
        }
        List<EnrichedArticle> articles = enriched.stream().map(RecordSchemaTest::enrichedArticle).toList();
        // the data must reach every corner of the schema, or its checks prove little
        assertTrue(articles.stream().flatMap(a -> a.duplicates().stream()).anyMatch(d -> d.match().equals(Duplicate.EXACT)), "exact copies");
        assertTrue(articles.stream().flatMap(a -> a.duplicates().stream()).anyMatch(d -> d.match().equals(Duplicate.NEAR)), "near copies");
        assertTrue(articles.stream().flatMap(a -> a.paragraphs().stream()).anyMatch(p -> !p.mentions().isEmpty()), "mentions");
        assertTrue(articles.stream().flatMap(a -> a.entities().stream()).anyMatch(e -> e.lat() != null), "places with a point");
        assertTrue(articles.stream().flatMap(a -> a.entities().stream()).anyMatch(e -> e.lat() == null), "entities without one");
    }

    @Test
    void shouldDescribeEveryNoticeOfAnUnchangedArticle() {
        assertEquals(20, unchanged.size(), "a notice per replay");
        for (String notice : unchanged) {
            RecordSchemas.UNCHANGED_ARTICLE.assertMatches(notice, "notice of an unchanged article");
        }
    }

    @Test
    void shouldDescribeTheExampleRecordOfTheReadme() {
        String readme = RecordSchemas.read(Path.of("../README.md"));
        int start = readme.indexOf("```json", readme.indexOf("## An example record")) + "```json".length();
        String example = readme.substring(start, readme.indexOf("```", start));

        RecordSchemas.ENRICHED_ARTICLE.assertMatches(example, "README's example record");
    }

    @Test
    void shouldNumberKeptAndDroppedParagraphsAsOneArticleAsTheSchemaSays() {
        // what a JSON Schema cannot say: every index from 0 up in exactly one of the two lists
        for (EnrichedArticle article : enriched.stream().map(RecordSchemaTest::enrichedArticle).toList()) {
            List<Integer> indexes = new ArrayList<>();
            article.paragraphs().forEach(p -> indexes.add(p.index()));
            article.duplicates().forEach(d -> indexes.add(d.index()));
            indexes.sort(null);
            assertEquals(IntStream.range(0, indexes.size()).boxed().toList(), indexes, "indexes of " + article.id());
        }
    }

    @Test
    void shouldNoticeARecordThatChanged() throws IOException {
        ObjectNode record = (ObjectNode) Json.MAPPER.readTree(enriched.stream()
                .filter(r -> r.contains("\"match\":\"exact\"") && r.contains("\"derived\"") && A_POINT.matcher(r).find())
                .findFirst().orElseThrow());
        assertEquals(List.of(), RecordSchemas.ENRICHED_ARTICLE.problems(record.toString()));

        ObjectNode added = record.deepCopy();
        added.put("summary", "a field the schema does not know");
        ObjectNode omitted = record.deepCopy();
        omitted.remove("publishedAt");
        ObjectNode renamedValue = record.deepCopy();
        firstExactCopy(renamedValue).put("match", "identical");
        ObjectNode similarityOnExact = record.deepCopy();
        firstExactCopy(similarityOnExact).put("similarity", 0.9);
        ObjectNode badType = record.deepCopy();
        firstMention(badType).put("type", "PERSON");
        ObjectNode newSchema = record.deepCopy();
        newSchema.put("schema", 2);
        ObjectNode localTime = record.deepCopy();
        localTime.put("ingestedAt", "2026-11-22T02:34:51");
        ObjectNode unknownRole = record.deepCopy();
        ((ObjectNode) unknownRole.path("paragraphs").get(0)).put("role", "advert");
        ObjectNode duplicateWithoutRole = record.deepCopy();
        firstExactCopy(duplicateWithoutRole).remove("role");
        ObjectNode halfAPoint = record.deepCopy();
        firstPlacedEntity(halfAPoint).putNull("lon");
        ObjectNode offTheGlobe = record.deepCopy();
        firstPlacedEntity(offTheGlobe).put("lat", 125.75);
        ObjectNode pointAsText = record.deepCopy();
        firstPlacedEntity(pointAsText).put("lon", "37.62");

        for (ObjectNode changed : List.of(added, omitted, renamedValue, similarityOnExact, badType, newSchema, localTime,
                unknownRole, duplicateWithoutRole, halfAPoint, offTheGlobe, pointAsText)) {
            assertFalse(RecordSchemas.ENRICHED_ARTICLE.problems(changed.toString()).isEmpty(), "not noticed: " + changed);
        }
    }

    @Test
    void shouldNameEveryFieldOfTheRecordsAndRequireIt() throws IOException {
        JsonNode article = Json.MAPPER.readTree(RecordSchemas.read(RecordSchemas.ARTICLE_FILE));
        JsonNode enrichedArticle = Json.MAPPER.readTree(RecordSchemas.read(RecordSchemas.ENRICHED_FILE));
        JsonNode defs = enrichedArticle.path("$defs");

        assertDescribes(Article.class, article);
        assertDescribes(EnrichedArticle.class, enrichedArticle);
        assertDescribes(Paragraph.class, defs.path("paragraph"));
        assertDescribes(Mention.class, defs.path("mention"));
        assertDescribes(Duplicate.class, defs.path("duplicate"));
        assertDescribes(ParagraphRef.class, defs.path("paragraphRef"));
        assertDescribes(Entity.class, defs.path("entity"));
        assertDescribes(UnchangedArticle.class, Json.MAPPER.readTree(RecordSchemas.read(RecordSchemas.UNCHANGED_FILE)));
    }

    @Test
    void shouldBeValidJsonSchemas() {
        Schema metaSchema = RecordSchemas.REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertFalse(metaSchema.validate("{\"type\": \"text\", \"required\": 5}", InputFormat.JSON).isEmpty(),
                "the meta-schema is there and checks");
        for (Path file : List.of(RecordSchemas.ARTICLE_FILE, RecordSchemas.ENRICHED_FILE, RecordSchemas.UNCHANGED_FILE)) {
            assertEquals(List.of(), metaSchema.validate(RecordSchemas.read(file), InputFormat.JSON), file.toString());
        }
    }

    /** The schema names exactly the record's fields, requires each one, allows no other, and says what each is. */
    private static void assertDescribes(Class<? extends Record> type, JsonNode schema) {
        Set<String> fields = Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> properties = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));

        assertEquals(fields, properties, type.getSimpleName() + ": the properties");
        assertEquals(fields, required, type.getSimpleName() + ": every field is always written (null where absent)");
        assertFalse(schema.path("additionalProperties").asBoolean(true), type.getSimpleName() + ": additionalProperties");
        assertTrue(schema.hasNonNull("description"), type.getSimpleName() + ": no description");
    }

    private static ObjectNode firstMention(JsonNode record) {
        for (JsonNode paragraph : record.path("paragraphs")) {
            if (!paragraph.path("mentions").isEmpty()) {
                return (ObjectNode) paragraph.path("mentions").get(0);
            }
        }
        throw new AssertionError("no mention in " + record);
    }

    private static ObjectNode firstPlacedEntity(JsonNode record) {
        for (JsonNode entity : record.path("entities")) {
            if (entity.path("lat").isNumber()) {
                return (ObjectNode) entity;
            }
        }
        throw new AssertionError("no entity with a point in " + record);
    }

    private static ObjectNode firstExactCopy(JsonNode record) {
        for (JsonNode duplicate : record.path("duplicates")) {
            if (duplicate.path("match").asText().equals(Duplicate.EXACT)) {
                return (ObjectNode) duplicate;
            }
        }
        throw new AssertionError("no exact copy in " + record);
    }

    private static List<Article> read(List<String> inputs) {
        List<Article> articles = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        new ArticleReader(Clock.systemUTC()).read(inputs, new ByteArrayInputStream(new byte[0]), new ReadListener() {
            @Override
            public void article(Article article) {
                articles.add(article);
            }

            @Override
            public void rejected(Rejection rejection) {
                rejected.add(rejection);
            }

            @Override
            public void warned(String input, String message) {}
        });
        assertEquals(List.of(), rejected);
        return articles;
    }

    /** As the producer writes it: the topic's serde. */
    private static String json(Article article) {
        return new String(Topics.ARTICLES.valueSerde().serializer().serialize(Topics.ARTICLES.name(), article), StandardCharsets.UTF_8);
    }

    private static EnrichedArticle enrichedArticle(String json) {
        return Topics.ENRICHED.valueSerde().deserializer().deserialize(Topics.ENRICHED.name(), json.getBytes(StandardCharsets.UTF_8));
    }
}
