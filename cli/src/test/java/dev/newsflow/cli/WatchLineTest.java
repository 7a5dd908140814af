package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsflow.model.Change;
import dev.newsflow.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/** How 'newsflow watch' shows a record, without a broker. */
class WatchLineTest {

    static final String ARTICLE = """
            {"schema": 1, "id": "8ed177999c05afc1", "source": "001.txt",
             "title": "Nato warnt vor Einsatz nordkoreanischer Soldaten", "ingestedAt": "2026-11-22T01:00:00.123Z",
             "paragraphs": [{"index": 0, "text": "a", "fingerprint": "f0", "mentions": []},
                            {"index": 1, "text": "b", "fingerprint": "f1", "mentions": []}],
             "duplicates": [{"index": 2, "fingerprint": "f1", "match": "exact",
                             "duplicateOf": {"articleId": "8ed177999c05afc1", "index": 1}}],
             "entities": [{"id": "russland", "name": "Russland", "type": "LOC", "mentions": 12},
                          {"id": "nordkorea", "name": "Nordkorea", "type": "LOC", "mentions": 9},
                          {"id": "wladimir-putin", "name": "Wladimir Putin", "type": "PER", "mentions": 5},
                          {"id": "nato", "name": "Nato", "type": "ORG", "mentions": 2}]}
            """.replace("\n", "");

    @Test
    void shouldShowTimeTitleParagraphsAndTopEntitiesOnOneLine() {
        assertEquals("[2026-11-22T01:00:00Z] Nato warnt vor Einsatz nordkoreanischer Soldaten — 2 kept, 1 dropped"
                        + " · Russland (12), Nordkorea (9), Wladimir Putin (5)",
                WatchCommand.readable(record(ARTICLE)));
    }

    @Test
    void shouldNameTheSourceWhereThereIsNoTitleAndLeaveOutEntitiesWhereThereAreNone() {
        String untitled = "{\"schema\": 1, \"id\": \"x\", \"source\": \"agentur/42\", \"title\": null, "
                + "\"paragraphs\": [], \"duplicates\": [], \"entities\": []}";

        assertEquals("[2026-11-22T01:00:00Z] agentur/42 — 0 kept, 0 dropped", WatchCommand.readable(record(untitled)));
    }

    @Test
    void shouldSayThatAnArticleIsRevisedWhereItsHeaderSaysSo() {
        ConsumerRecord<String, byte[]> revised = record(ARTICLE);
        revised.headers().add(Change.HEADER, "revised".getBytes(StandardCharsets.UTF_8));

        assertEquals("[2026-11-22T01:00:00Z] Nato warnt vor Einsatz nordkoreanischer Soldaten — revised: 2 kept, 1 dropped"
                + " · Russland (12), Nordkorea (9), Wladimir Putin (5)", WatchCommand.readable(revised));
        assertEquals(Change.REVISED, WatchCommand.show(revised).change());
        assertEquals(Change.NEW, WatchCommand.show(record(ARTICLE)).change(), "no header: as every record was before emit on change");
    }

    @Test
    void shouldShowAnUnchangedArticleFromItsNotice() {
        String notice = "{\"schema\": 1, \"id\": \"8ed177999c05afc1\", \"source\": \"001.txt\", "
                + "\"title\": \"Nato warnt vor Einsatz nordkoreanischer Soldaten\", \"ingestedAt\": \"2026-11-22T01:00:00.123Z\"}";
        ConsumerRecord<String, byte[]> unchanged = record(Topics.UNCHANGED.name(), notice);

        assertEquals("[2026-11-22T01:00:00Z] Nato warnt vor Einsatz nordkoreanischer Soldaten — unchanged",
                WatchCommand.readable(unchanged));
        assertEquals(Change.UNCHANGED, WatchCommand.show(unchanged).change());
    }

    @Test
    void shouldSayWhereARecordIsThatIsNotAnArticle() {
        String line = WatchCommand.readable(record("kein JSON"));
        assertEquals(null, WatchCommand.show(record("kein JSON")).change(), "no article, so neither new nor revised");

        assertEquals("[2026-11-22T01:00:00Z] (not an enriched article at partition 2, offset 7: ",
                line.substring(0, line.indexOf(": ") + 2));
    }

    @Test
    void shouldPrintTheRawValueForJson() {
        assertEquals(ARTICLE, WatchCommand.raw(record(ARTICLE)));
    }

    private static ConsumerRecord<String, byte[]> record(String value) {
        return record("newsflow.enriched", value);
    }

    private static ConsumerRecord<String, byte[]> record(String topic, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        return new ConsumerRecord<>(topic, 2, 7, Instant.parse("2026-11-22T01:00:00.456Z").toEpochMilli(),
                TimestampType.CREATE_TIME, 1, bytes.length, "8ed177999c05afc1", bytes, new RecordHeaders(), Optional.empty());
    }
}
