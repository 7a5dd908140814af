package dev.newsflow.enrich.entities;

import java.util.List;

/**
 * The gazetteer: names from the knowledge base found on the tokens. A known name the model
 * missed ("Kreml", "KN23", "UN-Sicherheitsrat") becomes a mention; one it cut short ("Kim Jong"
 * of "Kim Jong Un") is completed; one it typed wrongly ("Guardian" as MISC) gets the knowledge
 * base's type. Where the model found a longer name around a known one ("Financial Times
 * Deutschland" around "Financial Times"), the model's mention stays, unless what follows the
 * known name is lower-case words ("Nordkoreas am Krieg").
 */
final class KnownNames implements ChunkRule {

    private final NameIndex names;

    KnownNames(NameIndex names) {
        this.names = names;
    }

    @Override
    public String name() {
        return "known-names";
    }

    @Override
    public List<Chunk> apply(Sentence sentence, List<Chunk> chunks) {
        List<Chunk> result = chunks;
        int i = 0;
        while (i < sentence.size()) {
            NameIndex.Match match = names.longestAt(sentence, i);
            if (match == null) {
                i++;
                continue;
            }
            result = apply(match, sentence, result);
            i = match.to();
        }
        return result;
    }

    private static List<Chunk> apply(NameIndex.Match match, Sentence sentence, List<Chunk> chunks) {
        Chunk known = Chunk.known(match.from(), match.to(), match.entity(), Form.NAME);
        List<Chunk> overlapping = Chunks.overlapping(chunks, match.from(), match.to());
        if (overlapping.size() == 1 && runsOnIntoLowerCase(overlapping.get(0), match, sentence)) {
            return Chunks.replace(chunks, overlapping, List.of(known));
        }
        for (Chunk chunk : overlapping) {
            if (!known.covers(chunk.from(), chunk.to())) {
                return chunks; // the model's mention is longer, or crosses the name
            }
        }
        return Chunks.replace(chunks, overlapping, List.of(known));
    }

    /**
     * A MISC or ORG run that starts with a known name and goes on into lower-case words
     * ("Nordkoreas am Krieg") is the name and some words the model swept along.
     */
    private static boolean runsOnIntoLowerCase(Chunk chunk, NameIndex.Match match, Sentence sentence) {
        return chunk.from() == match.from() && chunk.to() > match.to()
                && (EntityTypes.MISC.equals(chunk.type()) || EntityTypes.ORG.equals(chunk.type()))
                && sentence.token(match.to()).isLowerCase();
    }
}
