package dev.newsflow.enrich.roles;

/**
 * What a paragraph is on its page. The first four are the article (its text is news, entities are
 * looked for there); the other four are what a scraper brings along with it.
 */
public enum Role {
    /** The article's headline. */
    TITLE,
    /** A sub-heading inside the article. */
    HEADING,
    /** The article's prose: paragraphs, quotes, list items. */
    BODY,
    /** The text under a picture (its credit may be part of it). */
    CAPTION,
    /** Author, date and source lines. */
    BYLINE,
    /** Navigation, section labels, ads, donation and newsletter boxes, share bars, cookie notices, credits. */
    BOILERPLATE,
    /** Reader comments and their furniture (names, dates, votes, "Melden", "Antworten"). */
    COMMENT,
    /** The headline and lead of another article. */
    TEASER;

    /** Whether a paragraph in this role is part of the article: title, heading, body, caption. */
    public boolean isNews() {
        return this == TITLE || this == HEADING || this == BODY || this == CAPTION;
    }

    /** The name as it is written in records and on the command line: lower case. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The role a record names by its {@link #label()}. */
    public static Role ofLabel(String label) {
        return valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * Whether a paragraph with this {@link #label()} is news; one without a role (made before
     * paragraphs had them) counts as news, as every paragraph did then.
     */
    public static boolean isNews(String label) {
        return label == null || ofLabel(label).isNews();
    }
}
