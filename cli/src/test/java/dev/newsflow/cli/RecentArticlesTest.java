package dev.newsflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecentArticlesTest {

    @Test
    void shouldKeepTheLatestFrameOfEachArticleNewestFirst() {
        RecentArticles recent = new RecentArticles(10);
        recent.put("a", 1, "a1");
        recent.put("b", 2, "b1");
        recent.put("a", 1, "a2");

        assertEquals(List.of("b1", "a2"), recent.newestFirst());
    }

    @Test
    void shouldForgetTheOldestBeyondItsCapacity() {
        RecentArticles recent = new RecentArticles(2);
        recent.put("b", 2, "b");
        recent.put("a", 1, "a");
        recent.put("c", 3, "c");

        assertEquals(List.of("c", "b"), recent.newestFirst());
        assertEquals(2, recent.size());
    }

    @Test
    void shouldForgetAnArticleTakenDown() {
        RecentArticles recent = new RecentArticles(2);
        recent.put("a", 1, "a");
        recent.put("b", 2, "b");

        recent.remove("a");

        assertEquals(List.of("b"), recent.newestFirst());
    }
}
