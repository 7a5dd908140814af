package dev.newsflow.measure.extract;

import java.nio.file.Path;
import java.util.List;

/**
 * One annotated page of an extraction benchmark: the saved page, snippets of its main text that
 * a good extraction contains ({@code with}) and snippets of boilerplate it leaves out
 * ({@code without}).
 *
 * @param id the page's file name without {@code .html.gz} (or {@code .html})
 */
public record EvalPage(String url, String id, Path file, List<String> with, List<String> without) {

    public EvalPage {
        with = List.copyOf(with);
        without = List.copyOf(without);
    }
}
