package dev.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void shouldTakeFirst16HexCharactersOfSha256OfTheSource() {
        // printf '%s' 001_7b908f9f754766f3.txt | sha256sum | cut -c1-16
        assertEquals("8ed177999c05afc1", ArticleIds.fromSource("001_7b908f9f754766f3.txt"));
        assertEquals("18b7cb099a9ea3f5", ArticleIds.fromSource("a.txt"));
    }

    @Test
    void shouldGiveDifferentSourcesDifferentIds() {
        assertNotEquals(ArticleIds.fromSource("a/b.txt"), ArticleIds.fromSource("a\\b.txt"));
    }
}
