package dev.newsflow.enrich.entities;

import java.util.List;
import java.util.Set;

/**
 * Takes apart two persons the model ran together: "wie Kim Putin unter die Arme greift" is Kim and
 * Putin, not one person "Kim Putin". A run is split where both sides are names of different
 * known persons, or one side is a known person and the other a part of another's name.
 */
final class SplitMergedNames implements ChunkRule {

    private final NameIndex names;

    SplitMergedNames(NameIndex names) {
        this.names = names;
    }

    @Override
    public String name() {
        return "split-merged-names";
    }

    @Override
    public List<Chunk> apply(Sentence sentence, List<Chunk> chunks) {
        List<Chunk> result = chunks;
        for (Chunk chunk : chunks) {
            if (!EntityTypes.PER.equals(chunk.type()) || chunk.length() < 2 || chunk.entity() != null
                    || names.named(words(sentence, chunk.from(), chunk.to())) != null) {
                continue;
            }
            for (int split = chunk.from() + 1; split < chunk.to(); split++) {
                if (areDifferentPersons(sentence, chunk, split)) {
                    result = Chunks.replace(result, List.of(chunk), List.of(
                            Chunk.of(chunk.from(), split, chunk.type()), Chunk.of(split, chunk.to(), chunk.type())));
                    break;
                }
            }
        }
        return result;
    }

    private boolean areDifferentPersons(Sentence sentence, Chunk chunk, int split) {
        KnownEntity left = names.named(words(sentence, chunk.from(), split));
        KnownEntity right = names.named(words(sentence, split, chunk.to()));
        if (left != null && right != null) {
            return !left.equals(right);
        }
        if (left != null && split == chunk.to() - 1) {
            return isPartOfAnotherName(sentence.token(split).text(), left);
        }
        if (right != null && split == chunk.from() + 1) {
            return isPartOfAnotherName(sentence.token(chunk.from()).text(), right);
        }
        return false;
    }

    private boolean isPartOfAnotherName(String token, KnownEntity known) {
        Set<KnownEntity> persons = names.personsNamed(token);
        return !persons.isEmpty() && !persons.contains(known);
    }

    private static String[] words(Sentence sentence, int from, int to) {
        String[] words = new String[to - from];
        for (int i = from; i < to; i++) {
            words[i - from] = sentence.token(i).text();
        }
        return words;
    }
}
