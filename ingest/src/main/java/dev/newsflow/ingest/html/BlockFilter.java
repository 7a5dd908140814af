package dev.newsflow.ingest.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of the main content's text blocks are page furniture after all: lists of links (teasers,
 * tags, "related"), captions and picture credits, lone dates, the short lines the
 * {@link Vocabulary} lists, and a short line or heading that only leads in to such a list.
 * Each rule is a named predicate; {@link #keep} applies them in order.
 */
final class BlockFilter {

    /** Longer blocks are text, whatever their words. */
    static final int SHORT_LINE = 80;
    private static final double LINK_LIST_DENSITY = 0.5;

    private BlockFilter() {}

    static List<TextBlock> keep(List<TextBlock> blocks) {
        boolean[] dropped = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            dropped[i] = isLinkList(block) || isCaption(block) || isFurnitureLine(block) || isCredit(block) || isDate(block)
                    || isAboutTheArticle(block);
        }
        // backwards, so that a heading before a lead-in before a dropped list goes too
        for (int i = blocks.size() - 2; i >= 0; i--) {
            if (!dropped[i] && dropped[i + 1] && leadsIn(blocks.get(i), blocks.get(i + 1))) {
                dropped[i] = true;
            }
        }
        List<TextBlock> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!dropped[i]) {
                kept.add(blocks.get(i));
            }
        }
        return kept;
    }

    static boolean isLinkList(TextBlock block) {
        return block.linkDensity() > LINK_LIST_DENSITY;
    }

    static boolean isCaption(TextBlock block) {
        return block.kind() == TextBlock.Kind.CAPTION;
    }

    static boolean isFurnitureLine(TextBlock block) {
        return block.length() < SHORT_LINE && Vocabulary.FURNITURE_LINES.matcher(block.text()).matches();
    }

    static boolean isCredit(TextBlock block) {
        return block.length() < SHORT_LINE + 40 && Vocabulary.CREDIT_LINE.matcher(block.text()).matches();
    }

    static boolean isAboutTheArticle(TextBlock block) {
        return block.length() < SHORT_LINE && (Vocabulary.ABOUT_LINE.matcher(block.text()).matches()
                || Vocabulary.BYLINE.matcher(block.text()).matches());
    }

    static boolean isDate(TextBlock block) {
        return block.length() < 40 && Vocabulary.DATE_LINE.matcher(block.text()).matches();
    }

    /** A heading or a short line without a sentence's end, right before a list of links: its title. */
    static boolean leadsIn(TextBlock block, TextBlock next) {
        if (!isLinkList(next) && !isFurnitureLine(next)) {
            return false;
        }
        return block.kind() == TextBlock.Kind.HEADING && block.length() < SHORT_LINE
                || block.length() < 50 && !block.text().matches("(?s).*[.!?]$");
    }
}
