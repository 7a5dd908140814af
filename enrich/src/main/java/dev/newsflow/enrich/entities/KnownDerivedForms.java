package dev.newsflow.enrich.entities;

import java.util.List;

/**
 * Adjectives and inhabitants' names of known places: "nordkoreanischen", "russische", "Russen",
 * "Nordkoreaner", "Berliner". The model types most of them MISC (its training data did); here
 * they become mentions of the place itself, type LOC, marked derived, as GermEval 2014 annotates
 * them (LOCderiv). Words the model typed PER or ORG are left alone ("Schweizer" can be a surname),
 * and so are words inside a longer name ("Deutsche Bank").
 */
final class KnownDerivedForms implements ChunkRule {

    private final KnowledgeBase knowledgeBase;

    KnownDerivedForms(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @Override
    public String name() {
        return "known-derived-forms";
    }

    @Override
    public List<Chunk> apply(Sentence sentence, List<Chunk> chunks) {
        List<Chunk> result = chunks;
        for (int i = 0; i < sentence.size(); i++) {
            Token token = sentence.token(i);
            if (!mayBeDerived(token)) {
                continue;
            }
            Chunk chunk = Chunks.at(result, i);
            if (chunk != null && (chunk.length() > 1 || chunk.entity() != null || isPersonOrOrganisation(chunk))) {
                continue;
            }
            KnownEntity place = knowledgeBase.derivedFrom(token.text()).orElse(null);
            if (place != null) {
                result = Chunks.replace(result, chunk == null ? List.of() : List.of(chunk),
                        List.of(Chunk.known(i, i + 1, place, Form.DERIVED)));
            }
        }
        return result;
    }

    /**
     * A cheap test before the knowledge base is asked: four letters or more, ending as German
     * adjectives (-sch, -e, -en, -er, -es, -em) and inhabitants' names (-er, -ern, -e, -en, -in,
     * -s, -i) end.
     */
    private static boolean mayBeDerived(Token token) {
        String text = token.text();
        if (text.length() < 4 || !Character.isLetter(text.charAt(0))) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return last == 'e' || last == 'n' || last == 'r' || last == 's' || last == 'h' || last == 'm' || last == 'i';
    }

    private static boolean isPersonOrOrganisation(Chunk chunk) {
        return EntityTypes.PER.equals(chunk.type()) || EntityTypes.ORG.equals(chunk.type());
    }
}
