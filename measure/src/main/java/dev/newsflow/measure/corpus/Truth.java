package dev.newsflow.measure.corpus;

/** What a generated paragraph really is, for measuring dedup against it. */
public enum Truth {
    /** New text: must be kept. */
    ORIGINAL(false),
    /** New text on the template of an earlier paragraph, with other names and numbers: must be kept. */
    SIMILAR(false),
    /** An earlier paragraph again, changed only in what normalisation removes: must be dropped, exact. */
    EXACT_COPY(true),
    /** An earlier paragraph with copy-editing changes: must be dropped, near. */
    NEAR_COPY(true);

    private final boolean copy;

    Truth(boolean copy) {
        this.copy = copy;
    }

    public boolean isCopy() {
        return copy;
    }
}
