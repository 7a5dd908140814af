package dev.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RecurrenceTest {

    @Test
    void shouldTakeTheSiteOfAnArticleFromTheHostOfItsUrl() {
        assertEquals("tagblatt.example", Recurrence.siteOf("https://www.tagblatt.example/politik/haushalt"));
        assertEquals("tagblatt.example", Recurrence.siteOf("http://WWW.Tagblatt.Example:8080/a?b=c#d"));
        assertEquals("tagblatt.example", Recurrence.siteOf(" https://user@tagblatt.example./a "));
        assertEquals("sport.tagblatt.example", Recurrence.siteOf("https://sport.tagblatt.example"), "a subdomain is a site of its own");
        assertEquals("tagblatt.example", Recurrence.siteOf("https://web.archive.org/web/2024/https://www.tagblatt.example/a"),
                "the archived page's");
        assertEquals("tagblatt.example", Recurrence.siteOf("https://tagblatt.example/a b|c"), "not a valid URI, but a host");
    }

    @Test
    void shouldGiveNoSiteToAnArticleReadFromAFileOrStdin() {
        assertNull(Recurrence.siteOf("003_b4d41754e5c68a6e.txt"));
        assertNull(Recurrence.siteOf("politik/003.html"));
        assertNull(Recurrence.siteOf("stdin:3"));
        assertNull(Recurrence.siteOf("ftp://tagblatt.example/a"));
        assertNull(Recurrence.siteOf("https:///a"));
        assertNull(Recurrence.siteOf(null));
    }

    @Test
    void shouldKeyALineBySiteInADomainOfItsOwn() {
        String fingerprint = Fingerprinter.fingerprint("Mehr zum Thema");
        String key = Recurrence.key("tagblatt.example", fingerprint);
        assertEquals(32, key.length());
        assertEquals(key, Recurrence.key("tagblatt.example", fingerprint));
        assertNotEquals(key, Recurrence.key("zeitung.example", fingerprint));
        assertNotEquals(fingerprint, key);
        assertNotEquals(Fingerprinter.fingerprint(fingerprint + "tagblatt.example"), key);
    }
}
