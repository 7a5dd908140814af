package dev.newsflow.ingest;

import dev.newsflow.model.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Records everything a reader or an ingest run reports, with the temp directory cut off inputs. */
final class Recorder implements ReadListener, IngestListener {

    final List<Article> articles = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<Integer> found = new ArrayList<>();
    final List<String> started = new ArrayList<>();
    private final String prefix;

    Recorder(Path base) {
        this.prefix = base.toString() + base.getFileSystem().getSeparator();
    }

    @Override
    public void article(Article article) {
        articles.add(article);
    }

    @Override
    public void published(Article article) {
        articles.add(article);
    }

    @Override
    public void rejected(Rejection rejection) {
        rejections.add(new Rejection(relative(rejection.input()), rejection.reason()));
    }

    @Override
    public void warned(String input, String message) {
        warnings.add(relative(input) + ": " + message);
    }

    @Override
    public void found(int files) {
        found.add(files);
    }

    @Override
    public void started(String input) {
        started.add(relative(input));
    }

    List<String> sources() {
        return articles.stream().map(Article::source).toList();
    }

    private String relative(String input) {
        return input.startsWith(prefix) ? input.substring(prefix.length()) : input;
    }
}
