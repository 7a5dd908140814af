package dev.newsflow.enrich.entities;

/**
 * A word of a sentence as the rules see it, with the entity type the model gave it: {@code PER},
 * {@code LOC}, {@code ORG}, {@code MISC}, or null for none. Offsets are into the paragraph (or,
 * for a pre-tokenised sentence, into its tokens joined by single spaces).
 */
public record Token(String text, int start, int end, String label) {

    boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    boolean isLowerCase() {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    /** A word of lower-case letters only: "ballistischen", "im"; not "iTunes", "eBay" or "www.yasni.de". */
    boolean isLowerCaseWord() {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLowerCase(c) && c != '-') {
                return false;
            }
        }
        return true;
    }
}
