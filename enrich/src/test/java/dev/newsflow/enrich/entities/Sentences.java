package dev.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.List;

/** Test sentences written as the model would label them: "wie Kim/PER Putin/PER unter die Arme greift". */
final class Sentences {

    private Sentences() {}

    static Sentence labelled(String words) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String word : words.split(" ")) {
            int slash = word.lastIndexOf('/');
            boolean labelled = slash > 0 && word.substring(slash + 1).matches("PER|LOC|ORG|MISC");
            String text = labelled ? word.substring(0, slash) : word;
            tokens.add(new Token(text, offset, offset + text.length(), labelled ? word.substring(slash + 1) : null));
            offset += text.length() + 1;
        }
        return new Sentence(tokens);
    }

    /** The chunks after the given rule, written as "[Kim Jong Un]PER" for each. */
    static List<String> after(ChunkRule rule, Sentence sentence) {
        return describe(sentence, rule.apply(sentence, ModelChunks.of(sentence)));
    }

    static List<String> describe(Sentence sentence, List<Chunk> chunks) {
        List<String> described = new ArrayList<>();
        for (Chunk chunk : chunks) {
            String form = chunk.form() == Form.NAME ? "" : "/" + chunk.form().name().toLowerCase();
            String entity = chunk.entity() == null ? "" : "=" + chunk.entity().id();
            described.add("[" + sentence.words(chunk.from(), chunk.to()) + "]" + chunk.type() + form + entity);
        }
        return described;
    }

    /** The bundled knowledge base, loaded once for all tests. */
    static final KnowledgeBase KNOWLEDGE_BASE = KnowledgeBase.load(List.of());
    static final NameIndex NAMES = new NameIndex(KNOWLEDGE_BASE);
}
