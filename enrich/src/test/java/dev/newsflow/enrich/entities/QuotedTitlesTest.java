package dev.newsflow.enrich.entities;

import static dev.newsflow.enrich.entities.Sentences.after;
import static dev.newsflow.enrich.entities.Sentences.labelled;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedTitlesTest {

    private final QuotedTitles rule = new QuotedTitles();

    @Test
    void shouldFindATitleTheModelMissed() {
        assertEquals(List.of("[37 Grad]MISC"), after(rule, labelled("der wöchentlichen Dokumentationssendung „ 37 Grad “ .")));
        assertEquals(List.of("[Das Parfum]MISC"), after(rule, labelled("den Roman \" Das Parfum \" gelesen")));
    }

    @Test
    void shouldMakeTheWholeTitleOneMention() {
        assertEquals(List.of("[Befreiung Helenas durch Kastor und Pollux]MISC"),
                after(rule, labelled("für sein Bild „ Befreiung Helenas/PER durch Kastor/PER und Pollux “ den Prix")));
        assertEquals(List.of("[Ein Mann suchte Amerika , doch er fand es nicht]MISC"),
                after(rule, labelled("Nur das Motto „ Ein Mann suchte Amerika/LOC , doch er fand es nicht “ wird")));
    }

    @Test
    void shouldLeaveQuotationsWithoutANounForAWork() {
        assertEquals(List.of(), after(rule, labelled("\" Das reicht nicht \" , sagt er")));
        assertEquals(List.of(), after(rule, labelled("die volle „ Wehrhoheit “ und")));
    }

    @Test
    void shouldLeaveTitlesThatDoNotStartWithACapitalOrClose() {
        assertEquals(List.of(), after(rule, labelled("der Film „ über alles “ lief")));
        assertEquals(List.of(), after(rule, labelled("der Film „ Über alles lief lange")));
    }

    @Test
    void shouldLeaveAMentionThatReachesAcrossTheQuotationMarks() {
        assertEquals(List.of("[Film „ Heimat]MISC"), after(rule, labelled("der Film/MISC „/MISC Heimat/MISC “ lief")));
    }
}
