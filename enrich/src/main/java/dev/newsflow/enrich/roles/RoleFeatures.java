package dev.newsflow.enrich.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The features the model weighs, each named, in two sets: a line's own (length, punctuation, share
 * of function words, patterns) and its context (its neighbours' own scores, the main block, the
 * sections, the headline, repeats). Every value lies in [0, 1] or close to it, so weights compare.
 */
final class RoleFeatures {

    /** A line's own features. */
    static final List<Feature<Line>> OWN = List.of(
            own("bias", l -> 1),
            own("chars<10", l -> bin(l.chars, 0, 10)),
            own("chars10-20", l -> bin(l.chars, 10, 20)),
            own("chars20-40", l -> bin(l.chars, 20, 40)),
            own("chars40-70", l -> bin(l.chars, 40, 70)),
            own("chars70-100", l -> bin(l.chars, 70, 100)),
            own("chars100-150", l -> bin(l.chars, 100, 150)),
            own("chars150-250", l -> bin(l.chars, 150, 250)),
            own("chars>=250", l -> bin(l.chars, 250, Integer.MAX_VALUE)),
            own("log-words", l -> Math.log1p(l.words) / Math.log(200)),
            own("function-share", Line::functionShare),
            own("no-function-words", l -> l.functionWords == 0 ? 1 : 0),
            own("function<0.15", l -> l.functionShare() < 0.15 ? 1 : 0),
            own("function>=0.3", l -> l.functionShare() >= 0.3 ? 1 : 0),
            own("capitalised-share", Line::capitalisedShare),
            own("ends-sentence", l -> flag(l.endsSentence)),
            own("ends-colon", l -> flag(l.endsColon)),
            own("ends-ellipsis", l -> flag(l.endsEllipsis)),
            own("starts-lower-case", l -> flag(l.startsLowerCase)),
            own("inner-sentence-ends", l -> Math.min(3, l.innerSentenceEnds) / 3.0),
            own("prose", l -> flag(l.readsAsProse())),
            own("letter-share", l -> l.chars == 0 ? 0 : (double) l.letters / l.chars),
            own("digit-share", l -> l.chars == 0 ? 0 : (double) l.digits / l.chars),
            own("all-caps", l -> flag(l.allCaps())),
            own("numbers-only", l -> flag(l.numbersOnly)),
            own("comment-button", l -> flag(l.commentButton)),
            own("comment-author", l -> flag(l.commentAuthor)),
            own("comment-profile", l -> flag(l.commentProfile)),
            own("comment-section", l -> flag(l.commentSection)),
            own("teaser-section", l -> flag(l.teaserSection)),
            own("read-more", l -> flag(l.readMore)),
            own("author", l -> flag(l.author)),
            own("date-words", l -> flag(l.dateWords)),
            own("date-line", l -> flag(l.isDateLine())),
            own("has-date", l -> flag(l.dateChars > 0)),
            own("copyright", l -> flag(l.copyright)),
            own("sources-label", l -> flag(l.sourcesLabel)),
            own("source-line", l -> flag(l.sourceLine)),
            own("currency", l -> flag(l.currency)),
            own("address", l -> flag(l.address)),
            own("picture-credit", l -> flag(l.pictureCredit)),
            own("picture-credit-short", l -> flag(l.pictureCredit && l.chars < 200)),
            own("agency-credit", l -> flag(l.agencyCredit)),
            own("service-words", l -> Math.min(2, l.serviceWords) / 2.0),
            own("service-short", l -> flag(l.serviceWords > 0 && l.words <= 12)),
            own("navigation-share", l -> l.words == 0 ? 0 : Math.min(1, (double) l.navigationWords / l.words)),
            own("navigation-short", l -> flag(l.navigationWords > 0 && l.words <= 4)),
            own("separators", l -> Math.min(3, l.separators) / 3.0),
            own("call-to-action", l -> flag(l.callToAction)),
            own("second-person", l -> Math.min(2, l.secondPerson) / 2.0),
            own("legal-words", l -> Math.min(2, l.legalWords) / 2.0),
            own("biography-words", l -> Math.min(2, l.biographyWords) / 2.0));

    /** The features of a line in its page. */
    static final List<Feature<Context>> CONTEXT = List.of(
            context("bias", c -> 1),
            context("own", c -> clip(c.own(0))),
            context("own-prev", c -> clip(c.own(-1))),
            context("own-next", c -> clip(c.own(1))),
            context("own-prev2", c -> clip(c.own(-2))),
            context("own-next2", c -> clip(c.own(2))),
            context("mean-around-3", c -> c.page.meanAround(c.i, 3) / 4),
            context("max-around-5", c -> c.page.maxAround(c.i, 5) / 4),
            context("first-line", c -> flag(c.i == 0)),
            context("title", c -> flag(c.page.page.isTitle(c.i))),
            context("before-title-repeat", c -> flag(c.page.page.titleRepeat > c.i && c.i > c.page.page.title)),
            context("before-title", c -> flag(c.i < c.page.page.title)),
            context("no-title", c -> flag(c.page.page.title < 0)),
            context("last-line", c -> flag(c.i == c.page.page.size() - 1)),
            context("short-page", c -> flag(!c.longPage())),
            context("position<0.1", c -> flag(c.longPage() && c.position() < 0.1)),
            context("position0.1-0.3", c -> flag(c.longPage() && c.position() >= 0.1 && c.position() < 0.3)),
            context("position0.3-0.6", c -> flag(c.longPage() && c.position() >= 0.3 && c.position() < 0.6)),
            context("position0.6-0.8", c -> flag(c.longPage() && c.position() >= 0.6 && c.position() < 0.8)),
            context("position>=0.8", c -> flag(c.longPage() && c.position() >= 0.8)),
            context("in-block", c -> flag(c.page.inBlock(c.i))),
            context("block-distance", c -> Math.min(1, Math.log1p(c.page.distanceToBlock(c.i)) / Math.log(50))),
            context("before-block", c -> flag(c.i < c.page.blockStart)),
            context("after-block", c -> flag(c.i > c.page.blockEnd)),
            context("block-edge", c -> flag(c.i == c.page.blockStart || c.i == c.page.blockEnd)),
            context("after-comments", c -> flag(c.i > c.page.commentsStart)),
            context("after-teasers", c -> flag(c.i > c.page.teasersStart)),
            context("repeated", c -> flag(c.page.page.occurrences[c.i] > 1 && !c.page.page.isTitle(c.i))),
            context("recurs", c -> flag(c.page.page.recurs[c.i])),
            context("short-run", c -> Math.min(1, Math.log1p(c.page.shortRun[c.i]) / Math.log(30))),
            context("short-run>=4", c -> flag(c.page.shortRun[c.i] >= 4)),
            context("short-in-block", c -> flag(PageContext.isShort(c.line()) && c.page.inBlock(c.i))),
            context("heading-before-prose", c -> flag(headingLike(c.line()) && c.i + 1 < c.page.page.size()
                    && c.page.page.line(c.i + 1).readsAsProse())),
            context("comment-furniture-around", c -> Math.min(3, c.page.commentFurnitureAround(c.i, 3)) / 3.0),
            context("prose-in-block", c -> flag(c.line().readsAsProse() && c.page.inBlock(c.i))),
            context("prose-after-comments", c -> flag(c.line().readsAsProse() && c.i > c.page.commentsStart)),
            context("non-prose-run", c -> Math.min(1, Math.log1p(c.page.nonProseRun[c.i]) / Math.log(30))),
            context("prose-within-3-before", c -> flag(c.page.proseWithin(c.i, -3))),
            context("prose-within-3-after", c -> flag(c.page.proseWithin(c.i, 3))),
            context("next-heading-like", c -> flag(c.i + 1 < c.page.page.size() && headingLike(c.page.page.line(c.i + 1)))),
            context("prev-heading-like", c -> flag(c.i > 0 && headingLike(c.page.page.line(c.i - 1)))),
            context("title-overlap", c -> c.page.page.isTitle(c.i) ? 0 : c.page.page.titleOverlap(c.i)),
            context("title-overlap-short", c -> c.page.page.isTitle(c.i) || c.line().words > 15 ? 0 : c.page.page.titleOverlap(c.i)));

    /** Pages with fewer lines have no position features. */
    static final int LONG_PAGE = 40;

    private RoleFeatures() {}

    static List<String> ownNames() {
        return names(OWN);
    }

    static List<String> contextNames() {
        List<String> names = new ArrayList<>();
        for (Feature<Line> f : OWN) {
            names.add("own:" + f.name());
        }
        names.addAll(names(CONTEXT));
        return names;
    }

    static double[] own(Line line) {
        double[] x = new double[OWN.size()];
        for (int k = 0; k < x.length; k++) {
            x[k] = OWN.get(k).value().applyAsDouble(line);
        }
        return x;
    }

    /** The context features of line i, after its own features. */
    static double[] context(PageContext page, int i, double[] ownFeatures) {
        Context c = new Context(page, i);
        double[] x = new double[OWN.size() + CONTEXT.size()];
        System.arraycopy(ownFeatures, 0, x, 0, OWN.size());
        for (int k = 0; k < CONTEXT.size(); k++) {
            x[OWN.size() + k] = CONTEXT.get(k).value().applyAsDouble(c);
        }
        return x;
    }

    /** A short line of words without a sentence end. */
    static boolean headingLike(Line line) {
        return line.words >= 1 && line.words <= 15 && !line.endsSentence && !line.endsEllipsis && line.letters * 2 >= line.chars;
    }

    /** A heading, or a question as a heading ("Wie funktioniert Ikigai?", "Wie reagiert Trump?"). */
    static boolean headingOrQuestion(Line line) {
        return headingLike(line) || (line.words <= 15 && (line.text.endsWith("?") || line.text.endsWith("!"))
                && line.innerSentenceEnds == 0 && line.letters * 2 >= line.chars);
    }

    /** A line in its page, as the context features see it. */
    record Context(PageContext page, int i) {

        double own(int offset) {
            return page.own(i + offset);
        }

        Line line() {
            return page.page.line(i);
        }

        /**
         * Whether the page is long enough for its relative positions to mean something: on a scraped
         * page the last fifth is footer; in a clean article of a dozen paragraphs it is the ending.
         */
        boolean longPage() {
            return page.page.size() >= LONG_PAGE;
        }

        double position() {
            return page.page.size() <= 1 ? 0 : (double) i / (page.page.size() - 1);
        }
    }

    record Feature<T>(String name, ToDoubleFunction<T> value) {}

    private static Feature<Line> own(String name, ToDoubleFunction<Line> value) {
        return new Feature<>(name, value);
    }

    private static Feature<Context> context(String name, ToDoubleFunction<Context> value) {
        return new Feature<>(name, value);
    }

    private static <T> List<String> names(List<Feature<T>> features) {
        List<String> names = new ArrayList<>();
        for (Feature<T> f : features) {
            names.add(f.name());
        }
        return names;
    }

    private static double bin(int value, int from, int to) {
        return value >= from && value < to ? 1 : 0;
    }

    private static double flag(boolean on) {
        return on ? 1 : 0;
    }

    private static double clip(double score) {
        return Math.max(-4, Math.min(4, score)) / 4;
    }
}
