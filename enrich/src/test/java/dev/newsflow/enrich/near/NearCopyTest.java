package dev.newsflow.enrich.near;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NearCopyTest {

    private static final String CAPTION = "Wladimir Putin und Kim Jong-un stoßen an. Der Kremlchef war Mitte Juni in Nordkorea"
            + " zu Gast. Beide Länder wollen ihre militärische Zusammenarbeit vertiefen.";

    private final NearCopy rule = NearCopy.defaults();

    @Test
    void shouldFindACaptionWithACreditAndAnotherSpelling() {
        double similarity = rule.similarity(Shingles.of(CAPTION),
                Shingles.of(CAPTION.replace("Jong-un", "Jong Un") + " (Archivbild)"));
        assertTrue(similarity > 0.9, "was " + similarity);
    }

    @Test
    void shouldNotCallACopyWithASentenceOfItsOwnAddedANearCopy() {
        Shingles agency = Shingles.of(CAPTION);
        Shingles withOwnSentence = Shingles.of(CAPTION + " Die Regierung in Seoul bestellte daraufhin den Botschafter ein.");

        assertTrue(rule.similarity(withOwnSentence, agency) >= NearCopy.DEFAULT_THRESHOLD, "alike in words");
        assertTrue(rule.addsASentence(withOwnSentence, agency));
        assertEquals(-1, rule.copySimilarity(withOwnSentence, agency));
        assertTrue(rule.copySimilarity(agency, withOwnSentence) > 0, "the other way round it leaves a sentence out: a copy");
    }

    @Test
    void shouldStillCallCopyEditsNearCopies() {
        Shingles agency = Shingles.of(CAPTION);
        for (String edited : new String[] {
            CAPTION.replace("Jong-un", "Jong Un") + " (mit Material von Reuters)",
            CAPTION.replace("militärische", "enge"),
            CAPTION.replace("ihre ", "") + " Das teilte ein Sprecher mit."}) {
            Shingles copy = Shingles.of(edited);
            assertTrue(rule.copySimilarity(copy, agency) > 0, edited);
        }
    }

    @Test
    void shouldNotCallAParagraphWithOtherNumbersACopy() {
        String a = "Rund 10.000 Soldaten sollen aus Nordkorea nach Russland verlegt worden sein und sich dort vorbereiten.";
        assertEquals(-1, rule.similarity(Shingles.of(a), Shingles.of(a.replace("10.000", "12.000"))));
    }

    @Test
    void shouldNotCallSameTemplateWithOtherNamesACopy() {
        String a = "Der Außenminister Sergej Lawrow traf am Montag in Moskau den chinesischen Amtskollegen Wang Yi zu Gesprächen.";
        String b = "Der Außenminister Antony Blinken traf am Montag in Washington den britischen Amtskollegen David Cameron zu Gesprächen.";
        assertEquals(-1, rule.similarity(Shingles.of(a), Shingles.of(b)));
    }

    @Test
    void shouldNeverCallShortParagraphsNearCopies() {
        assertEquals(-1, rule.similarity(Shingles.of("Mehr zum Thema Ukraine"), Shingles.of("Mehr zum Thema Ukraine heute")));
    }

    @Test
    void shouldAcceptRespelledNamesAndACredit() {
        String a = "Der ukrainische Präsident Wolodymyr Selenskyj hatte zudem zu Wochenbeginn erklärt, dass Pjöngjang Waffen liefere.";
        String b = "Der ukrainische Präsident Wolodymyr Selensky hatte zudem zu Wochenbeginn erklärt, dass Pyongyang Waffen liefere. (dpa)";
        assertTrue(rule.similarity(Shingles.of(a), Shingles.of(b)) > 0);
    }

    @Test
    void shouldKeepACopyThatSwapsOneNounForAnother() {
        String a = "Der ukrainische Präsident Wolodymyr Selenskyj hatte zudem zu Wochenbeginn erklärt, dass Kim Waffen liefere.";
        String b = "Der ukrainische Präsident Wolodymyr Selenskyj hatte zudem zu Wochenbeginn erklärt, dass Kim Munition liefere.";
        assertEquals(-1, rule.similarity(Shingles.of(a), Shingles.of(b)), "German nouns are capitalised like names");
    }

    @Test
    void shouldCountNamesSwappedForOthers() {
        assertEquals(2, NearCopy.swappedNames("lawrow moskau sergej", "blinken sergej washington"));
        assertEquals(0, NearCopy.swappedNames("putin selenskyj", "putins selensky"));
        assertEquals(0, NearCopy.swappedNames("jong kim un", "kim"), "names only removed are no swap");
    }
}
