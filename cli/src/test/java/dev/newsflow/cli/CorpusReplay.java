package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.JsonSerde;
import dev.newsflow.model.ParagraphRef;
import dev.newsflow.sink.SinkFileName;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The end-to-end scenario, on whichever cluster the test names: 'newsflow run corpus' twice on
 * one output folder, read back from the files the sink wrote.
 */
final class CorpusReplay {

    static final Path CORPUS = Path.of("../corpus");
    private static final JsonSerde<EnrichedArticle> ARTICLES = JsonSerde.of(EnrichedArticle.class);

    private CorpusReplay() {}

    /** What the two runs said. */
    record Replay(Result first, Result second) {}

    /** Replays the corpus twice into {@code out} and checks the files after each run. */
    static Replay replayTwice(Path out, List<String> clusterArgs) throws IOException {
        Set<String> corpus = corpusFileNames();

        Result first = run(out, clusterArgs);
        assertEquals(0, first.exitCode, first.err);
        assertTrue(first.out.contains("newsflow run: " + corpus.size() + " articles"), first.out);
        assertTrue(first.out.contains("  articles     " + corpus.size() + " published: " + corpus.size() + " new, 0 revised, 0 unchanged; "
                + corpus.size() + " written to " + out), first.out);
        Map<Path, List<String>> afterFirst = lines(out);
        matchTheSchema(afterFirst);
        Map<String, String> firstRecords = byArticleId(afterFirst.values().stream().flatMap(List::stream).toList());
        assertEquals(corpus, sources(firstRecords), "each corpus file written exactly once");
        checkRepeatedBlockOf001(firstRecords);
        checkWhatIsNotTheArticleOf003(firstRecords);
        checkThePointsOfPlaces(firstRecords);

        // the replay makes each article's record again, byte for byte the same: emit on change publishes none
        Result second = run(out, clusterArgs);
        assertEquals(0, second.exitCode, second.err);
        assertTrue(second.out.contains("newsflow run: " + corpus.size() + " articles"), second.out);
        assertTrue(second.out.contains("  articles     " + corpus.size() + " published: 0 new, 0 revised, " + corpus.size()
                + " unchanged; 0 written to " + out + " (0 files)"),
                second.out);
        assertEquals(afterFirst, lines(out), "no file written or rewritten");
        return new Replay(first, second);
    }

    /** Every record written matches the published schema, docs/schema/enriched-article.schema.json. */
    private static void matchTheSchema(Map<Path, List<String>> files) {
        files.forEach((file, lines) -> {
            for (int i = 0; i < lines.size(); i++) {
                RecordSchemas.ENRICHED_ARTICLE.assertMatches(lines.get(i), file + ", line " + (i + 1));
            }
        });
    }

    private static void checkRepeatedBlockOf001(Map<String, String> records) {
        EnrichedArticle article = records.values().stream().map(line -> ARTICLES.fromBytes(line.getBytes()))
                .filter(a -> a.source().startsWith("001_")).findFirst().orElseThrow();
        int last = article.paragraphs().size() + article.duplicates().size() - 1;
        assertEquals(List.of(last - 1, last), article.duplicates().stream().map(d -> d.index()).toList());
        assertEquals(List.of(new ParagraphRef(article.id(), 1), new ParagraphRef(article.id(), 2)),
                article.duplicates().stream().map(d -> d.duplicateOf()).toList());
        assertTrue(article.entities().stream().anyMatch(e -> e.id().equals("nordkorea")), "tagged with the real model");
    }

    /** Its headline is the title, and no commenter, currency or subject of the teaser at its end is among its entities. */
    private static void checkWhatIsNotTheArticleOf003(Map<String, String> records) {
        EnrichedArticle article = records.values().stream().map(line -> ARTICLES.fromBytes(line.getBytes()))
                .filter(a -> a.source().startsWith("003_")).findFirst().orElseThrow();
        assertEquals("Nordkoreas Hilfe für Russland – wie Kim Putin unter die Arme greift", article.title());
        Set<String> names = article.entities().stream().map(e -> e.name()).collect(Collectors.toSet());
        for (String noise : List.of("Mondblüemli", "Dante&Lupus", "CHF", "Damaskus", "Saidnaya")) {
            assertFalse(names.contains(noise), noise + " among the entities of 003: " + names);
        }
        assertTrue(article.paragraphs().stream().anyMatch(p -> p.role().equals("comment") && p.mentions().isEmpty()),
                "its comments are kept, with their role, and not tagged");
    }

    /**
     * Moscow, named in four of the corpus's articles, is where it is; North Korea is at its capital;
     * an entity with a point is a place.
     */
    private static void checkThePointsOfPlaces(Map<String, String> records) {
        List<Entity> entities = records.values().stream().map(line -> ARTICLES.fromBytes(line.getBytes()))
                .flatMap(a -> a.entities().stream()).toList();
        List<Entity> moscow = entities.stream().filter(e -> e.id().equals("moskau")).toList();
        assertTrue(moscow.size() >= 3, "Moskau in the records: " + moscow);
        for (Entity entity : moscow) {
            assertTrue(entity.lat() > 55.5 && entity.lat() < 56 && entity.lon() > 37.3 && entity.lon() < 37.9, entity.toString());
        }
        Entity northKorea = entities.stream().filter(e -> e.id().equals("nordkorea")).findFirst().orElseThrow();
        assertTrue(northKorea.lat() > 38.9 && northKorea.lat() < 39.2 && northKorea.lon() > 125.6 && northKorea.lon() < 125.9,
                "Nordkorea at Pjöngjang: " + northKorea);
        assertTrue(entities.stream().filter(e -> e.lat() != null).allMatch(e -> e.type().equals("LOC")), entities.toString());
    }

    record Result(int exitCode, String out, String err) {}

    static Result run(Path out, List<String> clusterArgs) {
        List<String> args = new ArrayList<>(List.of("run", CORPUS.toString(), "--out", out.toString()));
        args.addAll(clusterArgs);
        return run(args);
    }

    /** Runs the newsflow command in this process, as a user would on the command line. */
    static Result run(List<String> args) {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        CommandLine command = NewsflowCommand.commandLine();
        command.setOut(new PrintWriter(stdout, true));
        command.setErr(new PrintWriter(stderr, true));
        int exit = command.execute(args.toArray(String[]::new));
        return new Result(exit, stdout.toString(), stderr.toString());
    }

    /** Every sink file under {@code out}, with its lines. */
    static Map<Path, List<String>> lines(Path out) throws IOException {
        Map<Path, List<String>> files = new LinkedHashMap<>();
        try (Stream<Path> all = Files.walk(out)) {
            for (Path file : all.filter(f -> SinkFileName.parse(f.getFileName().toString()).isPresent()).sorted().toList()) {
                files.put(out.relativize(file), Files.readAllLines(file));
            }
        }
        return files;
    }

    /** The records by article id; fails if an id appears twice. */
    private static Map<String, String> byArticleId(List<String> lines) {
        Map<String, String> records = new HashMap<>();
        for (String line : lines) {
            String id = ARTICLES.fromBytes(line.getBytes()).id();
            assertEquals(null, records.put(id, line), "article " + id + " written twice");
        }
        return records;
    }

    private static Set<String> sources(Map<String, String> records) {
        return records.values().stream().map(line -> ARTICLES.fromBytes(line.getBytes()).source()).collect(Collectors.toSet());
    }

    private static Set<String> corpusFileNames() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt")).collect(Collectors.toSet());
        }
    }
}
