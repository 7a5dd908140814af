package dev.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the mentions in text: the statistical model labels the tokens, then a short pipeline of
 * rules corrects what the model is known to get wrong, using the knowledge base as a gazetteer.
 * The topology and the evaluation ({@code newsflow eval ner}) both use this class, so the figures
 * measured are those of the running pipeline.
 */
public final class MentionFinder {

    private final Recogniser recogniser;
    private final List<ChunkRule> rules;

    private MentionFinder(Recogniser recogniser, List<ChunkRule> rules) {
        this.recogniser = recogniser;
        this.rules = List.copyOf(rules);
    }

    /** The model and every rule, in the order they must run. */
    public static MentionFinder standard(Recogniser recogniser, KnowledgeBase knowledgeBase) {
        NameIndex names = new NameIndex(knowledgeBase);
        return new MentionFinder(recogniser, List.of(
                new LeadingFunctionWords(),
                new TrailingFunctionWords(),
                new SplitAtPrepositions(),
                new EastAsianNames(),
                new SplitMergedNames(names),
                new KnownNames(names),
                new KnownDerivedForms(knowledgeBase),
                new DerivedWordShapes(),
                new CompoundParts(names),
                new RoadNames(),
                new CompanyLegalForms(),
                new OrganisationNouns(),
                new QuotedTitles(),
                new KnownPlaces(PlaceNames.bundled())));
    }

    /** The same finder without the named rules, to measure what each contributes. */
    public MentionFinder without(Set<String> ruleNames) {
        for (String name : ruleNames) {
            if (!ruleNames().contains(name)) {
                throw new IllegalArgumentException("no rule '" + name + "'; the rules are " + String.join(", ", ruleNames()));
            }
        }
        return new MentionFinder(recogniser, rules.stream().filter(rule -> !ruleNames.contains(rule.name())).toList());
    }

    public List<String> ruleNames() {
        return rules.stream().map(ChunkRule::name).toList();
    }

    /** The mentions in each paragraph, offsets into that paragraph. */
    public List<List<Span>> find(List<String> paragraphs) {
        List<List<Sentence>> labelled = recogniser.label(paragraphs);
        List<List<Span>> found = new ArrayList<>(paragraphs.size());
        for (int p = 0; p < paragraphs.size(); p++) {
            List<Span> spans = new ArrayList<>();
            for (Sentence sentence : labelled.get(p)) {
                addSpans(sentence, paragraphs.get(p), spans);
            }
            found.add(spans);
        }
        return found;
    }

    /**
     * The mentions in one sentence that is already tokenised, as in an annotated corpus; offsets
     * are into the tokens joined by single spaces.
     */
    public List<Span> findInTokens(List<String> tokens) {
        Sentence sentence = recogniser.labelTokens(tokens);
        List<Span> spans = new ArrayList<>();
        addSpans(sentence, String.join(" ", tokens), spans);
        return spans;
    }

    private void addSpans(Sentence sentence, String text, List<Span> spans) {
        List<Chunk> chunks = ModelChunks.of(sentence);
        for (ChunkRule rule : rules) {
            chunks = rule.apply(sentence, chunks);
        }
        for (Chunk chunk : chunks) {
            int start = sentence.token(chunk.from()).start();
            int end = sentence.token(chunk.to() - 1).end();
            spans.add(new Span(start, end, chunk.type(), text.substring(start, end), chunk.form(), chunk.entity()));
        }
    }
}
