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
    NEAR_COPY(true),
    /** Two earlier paragraphs merged into one: must be dropped. */
    MERGED_COPY(true),
    /** One half of an earlier paragraph split into two: must be dropped, both halves. */
    SPLIT_COPY(true),
    /** An earlier paragraph with a formula too short to carry news added: must be dropped. */
    ADDED_FORMULA(true),
    /** An earlier paragraph with a sentence of another earlier one added: must be dropped. */
    ADDED_OLD(true),
    /** An earlier paragraph with a new sentence long enough to carry news added: must be kept. */
    ADDED_NEW(false),
    /** New text with one sentence of an earlier paragraph in it: must be kept. */
    SHARES_SENTENCE(false);

    private final boolean copy;

    Truth(boolean copy) {
        this.copy = copy;
    }

    public boolean isCopy() {
        return copy;
    }

    /** Whether it is one of the re-broken paragraphs of issue 16, which dedup finds by their sentences. */
    public boolean isReBroken() {
        return ordinal() >= MERGED_COPY.ordinal();
    }
}
