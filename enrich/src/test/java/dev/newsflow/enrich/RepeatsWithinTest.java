package dev.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsflow.enrich.DedupEvent.Segment;
import dev.newsflow.enrich.near.NearCopy;
import dev.newsflow.model.Duplicate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatsWithinTest {

    private final RepeatsWithin repeats = new RepeatsWithin(NearCopy.defaults());

    @Test
    void shouldFindTheCaptionRepeatedWithACreditInCorpus000() throws Exception {
        List<Segment> segments = repeats.segment(Files.readString(Path.of("../corpus/000_c581dff1dc219dce.txt"))).segments();
        Segment credited = find(segments, "Wladimir Putin und Kim Jong Un stoßen an.");
        Segment original = find(segments, "Wladimir Putin und Kim Jong-un stoßen an.");
        assertEquals(original.index(), credited.repeatOf());
        assertEquals(Duplicate.NEAR, credited.match());
        assertTrue(credited.similarity() > 0.8);
    }

    @Test
    void shouldDropACaptionContainedInTheNextParagraphInFavourOfTheLongerOne() throws Exception {
        List<Segment> segments = repeats.segment(Files.readString(Path.of("../corpus/000_c581dff1dc219dce.txt"))).segments();
        Segment caption = segments.stream().filter(s -> s.text().equals("Nordkoreanische Soldaten bei einer Parade in Pjöngjang."))
                .findFirst().orElseThrow();
        assertEquals(caption.index() + 1, caption.repeatOf());
        assertEquals(1.0, caption.similarity());
        assertNull(segments.get(caption.index() + 1).repeatOf(), "the longer one stays");
    }

    @Test
    void shouldKeepARepeatThatAddsASentenceOfItsOwnApartFromTheParagraphItRepeats() {
        String agency = "Wladimir Putin und Kim Jong-un stoßen an. Der Kremlchef war Mitte Juni in Nordkorea zu Gast. "
                + "Beide Länder wollen ihre militärische Zusammenarbeit vertiefen.";
        String text = "Titel\n" + agency + "\n" + agency + " Die Regierung in Seoul bestellte daraufhin den Botschafter ein."
                + "\n" + agency + " (Archivbild)";

        List<Segment> segments = repeats.segment(text).segments();

        assertNull(segments.get(2).repeatOf(), "a sentence of its own is news");
        assertEquals(1, segments.get(3).repeatOf(), "a credit is not");
        assertEquals(4, segments.get(2).sentences().size(), "the keys of its sentences ride with it");
    }

    @Test
    void shouldNeverLetTheTitleLineGiveWayToALeadThatRepeatsIt() {
        String title = "Neue Gefechte im Gebiet Kursk";
        String text = title + "\nNeue Gefechte im Gebiet Kursk: Die ukrainische Armee meldet am Morgen weitere Angriffe.";

        List<Segment> segments = repeats.segment(text, title).segments();

        assertNull(segments.get(0).repeatOf(), "the title stays");
        assertNull(segments.get(1).repeatOf(), "the lead stays");
        assertEquals(1, repeats.segment(text).segments().get(0).repeatOf(),
                "without a title, the short line is a caption that the lead contains");
    }

    @Test
    void shouldStillLetACaptionGiveWayInAnArticleWithATitle() throws Exception {
        String text = Files.readString(Path.of("../corpus/000_c581dff1dc219dce.txt"));
        List<Segment> withTitle = repeats.segment(text, text.lines().filter(l -> !l.isBlank()).findFirst().orElseThrow())
                .segments();

        assertEquals(repeats.segment(text).segments().subList(1, withTitle.size()), withTitle.subList(1, withTitle.size()));
        assertTrue(withTitle.stream().anyMatch(s -> s.repeatOf() != null), "captions still give way");
    }

    @Test
    void shouldPointARepeatOfARepeatAtTheParagraphThatStays() {
        String text = "Soldaten bei einer Parade in Pjöngjang.\n"
                + "Soldaten bei einer Parade in Pjöngjang. Berichten zufolge hat Kim Truppen geschickt.\n"
                + "Soldaten bei einer Parade in Pjöngjang.";
        List<Segment> segments = repeats.segment(text).segments();
        assertEquals(1, segments.get(0).repeatOf());
        assertEquals(1, segments.get(2).repeatOf(), "exact repeat of 0, which gives way to 1");
    }

    @Test
    void shouldNotTakeALongParagraphForAContainedCaption() {
        String text = "Wladimir Putin und Kim Jong-un stoßen an. Der Kremlchef war Mitte Juni in Nordkorea zu Gast.\n"
                + "Wladimir Putin und Kim Jong Un stoßen an. Der Kremlchef war Mitte Juni in Nordkorea zu Gast. (Archivbild)";
        List<Segment> segments = repeats.segment(text).segments();
        assertNull(segments.get(0).repeatOf(), "the first stays");
        assertEquals(0, segments.get(1).repeatOf(), "the credited copy is the near copy");
    }

    @Test
    void shouldKeepShortLinesThatRepeatOnlyInPart() {
        List<Segment> segments = repeats.segment("Kommentare\nKommentare lesen und schreiben Sie hier bitte\nZum Kommentar").segments();
        assertTrue(segments.stream().noneMatch(Segment::isRepeat));
    }

    private static Segment find(List<Segment> segments, String start) {
        return segments.stream().filter(s -> s.text().startsWith(start)).findFirst().orElseThrow();
    }
}
