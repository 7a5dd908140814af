package dev.newsflow.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A kept paragraph: its position in the article as segmented, its role there, its text and its
 * mentions. {@code role} is what the paragraph is on its page, in lower case ({@code title},
 * {@code heading}, {@code body}, {@code caption}, {@code byline}, {@code boilerplate},
 * {@code comment}, {@code teaser}; a list that can grow); only the first four are tagged.
 */
@JsonPropertyOrder({"index", "role", "text", "fingerprint", "mentions"})
public record Paragraph(int index, String text, String fingerprint, List<Mention> mentions, String role) {

    public Paragraph withMentions(List<Mention> found) {
        return new Paragraph(index, text, fingerprint, List.copyOf(found), role);
    }
}
