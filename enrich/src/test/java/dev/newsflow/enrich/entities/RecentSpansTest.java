package dev.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentSpansTest {

    private final List<List<String>> asked = new ArrayList<>();

    private List<List<Span>> finder(List<String> paragraphs) {
        asked.add(paragraphs);
        return paragraphs.stream().map(p -> List.of(new Span(0, p.length(), "PER", p))).toList();
    }

    @Test
    void shouldAskTheFinderOnlyForParagraphsItHasNotSeen() {
        RecentSpans recent = new RecentSpans(10);
        recent.find(List.of("Anna", "Berta", "Carla"), this::finder);

        List<List<Span>> revised = recent.find(List.of("Anna", "Carla"), this::finder);
        List<List<Span>> more = recent.find(List.of("Carla", "Dora"), this::finder);

        assertEquals(List.of(List.of("Anna", "Berta", "Carla"), List.of("Dora")), asked);
        assertEquals("Carla", revised.get(1).get(0).text());
        assertEquals(List.of("Carla", "Dora"), more.stream().map(spans -> spans.get(0).text()).toList());
    }

    @Test
    void shouldForgetTheParagraphsUsedLongestAgo() {
        RecentSpans recent = new RecentSpans(2);
        recent.find(List.of("Anna", "Berta"), this::finder);
        recent.find(List.of("Anna"), this::finder);
        recent.find(List.of("Carla"), this::finder);

        recent.find(List.of("Anna", "Berta"), this::finder);

        assertEquals(List.of("Berta"), asked.get(asked.size() - 1), "Berta gave way, Anna was used since");
    }
}
