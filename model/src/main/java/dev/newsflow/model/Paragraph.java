package dev.newsflow.model;

import java.util.List;

/** A kept paragraph: its position in the article as segmented, its text and its mentions. */
public record Paragraph(int index, String text, String fingerprint, List<Mention> mentions) {

    public Paragraph withMentions(List<Mention> found) {
        return new Paragraph(index, text, fingerprint, List.copyOf(found));
    }
}
