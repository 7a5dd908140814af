package dev.newsflow.enrich.roles;

/**
 * The hand-written alternative to the model, kept to measure the model against (see
 * docs/roles.md): jusText's rules (Pomikálek 2011) on the classifier's line features. Each line
 * is first bad (a pattern of furniture matches), good (long prose rich in function words),
 * near-good (shorter or poorer prose) or short; then a short line takes the verdict of the
 * nearest lines that are not short on both sides, a near-good line is good next to a good one, a
 * heading is good when prose follows it, and everything after the comments' label is bad.
 */
final class RuleJudge {

    enum Kind { BAD, SHORT, NEAR_GOOD, GOOD }

    private RuleJudge() {}

    /** A line's own score for the main block: good lines count for it, bad and short ones against. */
    static double ownScore(Line line) {
        return switch (kindOf(line)) {
            case GOOD -> 2;
            case NEAR_GOOD -> 0.5;
            case SHORT -> -1;
            case BAD -> -3;
        };
    }

    static Kind kindOf(Line line) {
        if (line.commentButton || line.commentAuthor || line.commentProfile || line.commentSection || line.teaserSection
                || line.readMore || line.copyright || line.sourcesLabel || line.numbersOnly || line.isDateLine()
                || line.author || line.endsEllipsis || line.separators >= 2
                || (line.serviceWords > 0 && line.words <= 12)
                || (line.navigationWords * 2 >= line.words && line.words <= 6)
                || (line.address && line.words <= 6)) {
            return Kind.BAD;
        }
        double function = line.functionShare();
        if (line.chars < 70) {
            return Kind.SHORT;
        }
        if (function >= 0.3 && line.chars >= 150) {
            return Kind.GOOD;
        }
        if (function >= 0.2) {
            return Kind.NEAR_GOOD;
        }
        return Kind.BAD;
    }

    /** Whether each line is news, by the rules. */
    static boolean[] news(PageContext context) {
        Page page = context.page;
        int n = page.size();
        Kind[] kinds = new Kind[n];
        for (int i = 0; i < n; i++) {
            kinds[i] = kindOf(page.line(i));
        }
        boolean[] news = new boolean[n];
        for (int i = 0; i < n; i++) {
            news[i] = switch (kinds[i]) {
                case GOOD -> true;
                case BAD -> false;
                case NEAR_GOOD -> neighbour(kinds, i, -1) == Kind.GOOD || neighbour(kinds, i, 1) == Kind.GOOD;
                case SHORT -> shortIsGood(kinds, page, i);
            };
            if (i > context.commentsStart || page.occurrences[i] > 1 && !page.isTitle(i) || page.recurs[i]) {
                news[i] = false;
            }
        }
        return news;
    }

    private static boolean shortIsGood(Kind[] kinds, Page page, int i) {
        Kind before = neighbour(kinds, i, -1);
        Kind after = neighbour(kinds, i, 1);
        if (RoleFeatures.headingLike(page.line(i)) && after == Kind.GOOD && nextNotShort(kinds, i) - i <= 2) {
            return true;
        }
        boolean goodBefore = before == Kind.GOOD || before == Kind.NEAR_GOOD;
        boolean goodAfter = after == Kind.GOOD || after == Kind.NEAR_GOOD;
        return goodBefore && goodAfter && (before == Kind.GOOD || after == Kind.GOOD);
    }

    /** The kind of the nearest line that is not short in this direction, BAD at the page's edge. */
    private static Kind neighbour(Kind[] kinds, int i, int step) {
        for (int j = i + step; j >= 0 && j < kinds.length; j += step) {
            if (kinds[j] != Kind.SHORT) {
                return kinds[j];
            }
        }
        return Kind.BAD;
    }

    private static int nextNotShort(Kind[] kinds, int i) {
        for (int j = i + 1; j < kinds.length; j++) {
            if (kinds[j] != Kind.SHORT) {
                return j;
            }
        }
        return kinds.length;
    }
}
