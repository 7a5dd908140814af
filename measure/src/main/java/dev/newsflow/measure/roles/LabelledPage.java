package dev.newsflow.measure.roles;

import dev.newsflow.measure.extract.SnippetMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * A page read and segmented, with what its snippets say of its paragraphs: a paragraph holding a
 * {@code with} snippet is news, one holding a {@code without} snippet is not, one holding both or
 * neither is unknown. These are the labelled lines a model is trained on.
 */
public final class LabelledPage {

    public static final int UNKNOWN = -1;
    public static final int NOT_NEWS = 0;
    public static final int NEWS = 1;

    private final ScrapedPage page;
    private final PageText text;
    private final List<String> collapsed;
    private final int[] labels;
    private final int[] weights;

    private LabelledPage(ScrapedPage page, PageText text) {
        this.page = page;
        this.text = text;
        int n = text.paragraphs().size();
        this.collapsed = new ArrayList<>(n);
        for (String paragraph : text.paragraphs()) {
            collapsed.add(SnippetMatcher.normalise(paragraph));
        }
        int[] news = new int[n];
        int[] notNews = new int[n];
        for (String snippet : page.with()) {
            for (int i : holding(snippet)) {
                news[i]++;
            }
        }
        for (String snippet : page.without()) {
            for (int i : holding(snippet)) {
                notNews[i]++;
            }
        }
        this.labels = new int[n];
        this.weights = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = news[i] > 0 && notNews[i] == 0 ? NEWS : notNews[i] > 0 && news[i] == 0 ? NOT_NEWS : UNKNOWN;
            weights[i] = labels[i] == UNKNOWN ? 0 : news[i] + notNews[i];
        }
    }

    public static LabelledPage read(ScrapedPage page) {
        return new LabelledPage(page, PageText.read(page.file()));
    }

    public ScrapedPage page() {
        return page;
    }

    public PageText text() {
        return text;
    }

    public List<String> paragraphs() {
        return text.paragraphs();
    }

    /** The paragraph with white space collapsed, as snippets are compared with it. */
    String collapsed(int i) {
        return collapsed.get(i);
    }

    /** {@link #NEWS}, {@link #NOT_NEWS} or {@link #UNKNOWN}. */
    public int label(int i) {
        return labels[i];
    }

    /** How many snippets say what the paragraph is (0 when unknown). */
    public int weight(int i) {
        return weights[i];
    }

    /** The paragraphs that hold this snippet whole. */
    List<Integer> holding(String snippet) {
        String wanted = SnippetMatcher.normalise(snippet);
        List<Integer> found = new ArrayList<>();
        if (wanted.isEmpty()) {
            return found;
        }
        for (int i = 0; i < collapsed.size(); i++) {
            if (collapsed.get(i).contains(wanted)) {
                found.add(i);
            }
        }
        return found;
    }
}
