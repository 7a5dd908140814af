package dev.newsflow.enrich;

import dev.newsflow.enrich.DedupEvent.Segment;
import dev.newsflow.enrich.near.NearCopy;
import dev.newsflow.enrich.near.Shingles;
import dev.newsflow.model.Duplicate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Finds the paragraphs an article repeats within itself, where the whole article is at hand:
 * exact repeats and near copies of an earlier paragraph, and a short paragraph wholly contained
 * in its neighbour (a caption that the next paragraph repeats and extends), which gives way to
 * the longer one. Short is shorter than near copies can be ({@link NearCopy#minWords()}). The
 * article's title line never gives way to a paragraph that contains it: a lead that repeats the
 * headline word for word is how many articles begin, and the headline is the article's, not a
 * caption.
 */
final class RepeatsWithin {

    /** A caption of fewer words is not taken as contained: "Kommentare" is in many a line. */
    static final int MIN_CONTAINED_WORDS = 4;

    private final NearCopy nearCopy;

    RepeatsWithin(NearCopy nearCopy) {
        this.nearCopy = nearCopy;
    }

    /** An article's paragraphs with what was found of them, their word sets (by index), for the claims, and the blocks they lie in. */
    record Segmented(List<Segment> segments, List<Shingles> shingles, List<Segmenter.Paragraph> paragraphs) {}

    Segmented segment(String text) {
        return segment(text, null);
    }

    /** As {@link #segment(String)}, for an article whose title ({@code null}: none) is among its lines. */
    Segmented segment(String text, String title) {
        // with the block each lies in, which a web page's markup is given by (ArticleRoles.markupOf)
        List<Segmenter.Paragraph> read = Segmenter.paragraphs(text);
        List<String> paragraphs = read.stream().map(Segmenter.Paragraph::text).toList();
        List<Segment> segments = new ArrayList<>(paragraphs.size());
        Map<String, Integer> firstByFingerprint = new HashMap<>();
        // normalised once, for the fingerprint and for the words
        List<String> normalised = paragraphs.stream().map(Fingerprinter::normalise).toList();
        // the words of each paragraph's sentences that carry news: their keys ride with the
        // segment to the gather, and near copies are checked against them
        List<List<List<String>>> sentences = paragraphs.stream().map(Sentences::countingWords).toList();
        for (int i = 0; i < paragraphs.size(); i++) {
            String fingerprint = Fingerprinter.fingerprintOfNormalised(normalised.get(i));
            Segment segment = Segment.distinct(i, paragraphs.get(i), fingerprint, Sentences.keys(sentences.get(i)));
            Integer exact = firstByFingerprint.putIfAbsent(fingerprint, i);
            segments.add(exact == null ? segment : segment.repeating(exact, Duplicate.EXACT, null));
        }
        // containment before near copies, so that a caption gives way to the paragraph that extends
        // it, not the other way round
        List<List<String>> words = normalised.stream().map(Shingles::wordsOfNormalised).toList();
        String titleLine = title == null ? null : Fingerprinter.normalise(title);
        markContained(segments, words, i -> normalised.get(i).equals(titleLine));
        List<Shingles> shingles = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            shingles.add(Shingles.of(paragraphs.get(i), words.get(i), sentences.get(i)));
        }
        markNearCopies(segments, shingles);
        return new Segmented(resolveChains(segments), shingles, read);
    }

    /** A paragraph that is a near copy of an earlier one, and adds no sentence of its own to it, gives way to it. */
    private void markNearCopies(List<Segment> segments, List<Shingles> shingles) {
        for (int j = 0; j < segments.size(); j++) {
            if (segments.get(j).isRepeat() || !nearCopy.isLongEnough(shingles.get(j))) {
                continue;
            }
            int best = -1;
            double bestSimilarity = -1;
            for (int i = 0; i < j; i++) {
                double similarity = segments.get(i).isRepeat() ? -1 : nearCopy.copySimilarity(shingles.get(j), shingles.get(i));
                if (similarity > bestSimilarity) {
                    best = i;
                    bestSimilarity = similarity;
                }
            }
            if (best >= 0) {
                segments.set(j, segments.get(j).repeating(best, Duplicate.NEAR, bestSimilarity));
            }
        }
    }

    /** A short paragraph wholly contained in a longer neighbour gives way to it. */
    private void markContained(List<Segment> segments, List<List<String>> words, IntPredicate isTitle) {
        for (int i = 0; i < segments.size(); i++) {
            int length = words.get(i).size();
            if (segments.get(i).isRepeat() || length < MIN_CONTAINED_WORDS || length >= nearCopy.minWords()
                    || isTitle.test(i)) {
                continue;
            }
            for (int neighbour : new int[] {i + 1, i - 1}) {
                if (neighbour >= 0 && neighbour < segments.size() && !segments.get(neighbour).isRepeat()
                        && words.get(neighbour).size() > words.get(i).size()
                        && Collections.indexOfSubList(words.get(neighbour), words.get(i)) >= 0) {
                    segments.set(i, segments.get(i).repeating(neighbour, Duplicate.NEAR, 1.0));
                    break;
                }
            }
        }
    }

    /** A repeat of a repeat points at the paragraph that stays. */
    private static List<Segment> resolveChains(List<Segment> segments) {
        List<Segment> resolved = new ArrayList<>(segments.size());
        for (Segment segment : segments) {
            Integer target = segment.repeatOf();
            while (target != null && segments.get(target).isRepeat()) {
                target = segments.get(target).repeatOf();
            }
            resolved.add(target == null ? segment : segment.repeating(target, segment.match(), segment.similarity()));
        }
        return resolved;
    }

}
