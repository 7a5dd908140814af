package dev.newsflow.measure.extract;

/**
 * What is measured: a page's bytes (as saved, not compressed) and its URL to its main text. Any
 * failure counts as an empty text, as in the benchmark.
 */
@FunctionalInterface
public interface PageExtractor {

    String extract(byte[] page, String url) throws Exception;
}
