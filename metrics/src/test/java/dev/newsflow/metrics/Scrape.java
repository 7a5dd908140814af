package dev.newsflow.metrics;

import java.util.HashMap;
import java.util.Map;

/** A Prometheus text exposition read into sample → value, each sample as written: {@code name{label="value",…}}. */
final class Scrape {

    private Scrape() {}

    static Map<String, Double> parse(String text) {
        Map<String, Double> samples = new HashMap<>();
        text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
            int space = line.lastIndexOf(' ');
            samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        });
        return samples;
    }
}
