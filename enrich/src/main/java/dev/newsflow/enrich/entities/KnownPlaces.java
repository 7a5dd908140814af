package dev.newsflow.enrich.entities;

import java.util.List;
import java.util.Set;

/**
 * Places from the GeoNames gazetteer ({@link PlaceNames}) on words no rule before has claimed:
 * "im englischen Hatfield", "im kühlen Grab zu Holungen", "Städtepartnerschaften Kusatsu". The
 * model does not know most small or foreign places, and the knowledge base holds only the large
 * ones. A name is taken only where none of its words is part of a mention already, it starts
 * with a capital, and it does not stand next to an English or Romance joining word, where it is
 * part of a longer name ("Chicago and Paducah Railroad", "University of Hatfield"). A person's
 * name of several words that is exactly a place's name is the place: the model takes unknown
 * foreign names for persons ("Tomaszów Mazowiecki", "Corpus Christi").
 */
final class KnownPlaces implements ChunkRule {

    /** Words that join the parts of a foreign name. */
    private static final Set<String> JOINING_WORDS = Set.of("and", "of", "the", "de", "la", "di", "del", "du");

    private final PlaceNames places;

    KnownPlaces(PlaceNames places) {
        this.places = places;
    }

    @Override
    public String name() {
        return "known-places";
    }

    @Override
    public List<Chunk> apply(Sentence sentence, List<Chunk> chunks) {
        List<Chunk> result = chunks;
        for (Chunk chunk : chunks) {
            if (chunk.length() > 1 && chunk.entity() == null && chunk.form() == Form.NAME
                    && EntityTypes.PER.equals(chunk.type())
                    && places.contains(sentence.words(chunk.from(), chunk.to()))) {
                result = Chunks.replace(result, List.of(chunk), List.of(chunk.withType(EntityTypes.LOC)));
            }
        }
        int i = 0;
        while (i < sentence.size()) {
            int end = placeAt(sentence, result, i);
            if (end < 0) {
                i++;
                continue;
            }
            result = Chunks.replace(result, List.of(), List.of(Chunk.of(i, end, EntityTypes.LOC)));
            i = end;
        }
        return result;
    }

    /** The end of the longest place name at token {@code from} on words no mention holds, or -1. */
    private int placeAt(Sentence sentence, List<Chunk> chunks, int from) {
        Token first = sentence.token(from);
        if (!first.isCapitalised() || !places.startsName(first.text()) || Chunks.at(chunks, from) != null
                || (from > 0 && JOINING_WORDS.contains(sentence.token(from - 1).text()))) {
            return -1;
        }
        int longest = Math.min(sentence.size(), from + PlaceNames.MAX_WORDS);
        for (int end = longest; end > from; end--) {
            if (!Chunks.overlapping(chunks, from, end).isEmpty()
                    || !places.contains(sentence.words(from, end))) {
                continue;
            }
            if (end < sentence.size() && JOINING_WORDS.contains(sentence.token(end).text())) {
                return -1;
            }
            return end;
        }
        return -1;
    }
}
