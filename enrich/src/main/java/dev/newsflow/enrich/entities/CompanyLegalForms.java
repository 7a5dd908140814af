package dev.newsflow.enrich.entities;

import java.util.List;
import java.util.Set;

/**
 * A mention that ends in a company's legal form is an organisation, whatever type the model gave
 * it: "eigenes Unternehmen gründen : Google Inc." (MISC to the model), "die Müller Brot GmbH".
 * Names the knowledge base knows keep their type.
 */
final class CompanyLegalForms implements ChunkRule {

    private static final Set<String> LEGAL_FORMS = Set.of("AG", "GmbH", "gGmbH", "SE", "KG", "KGaA", "OHG", "GbR",
            "eG", "e.V.", "Inc.", "Inc", "Ltd.", "Ltd", "plc", "PLC", "LLC", "Corp.", "S.A.", "N.V.", "B.V.", "S.p.A.",
            "AB", "ASA", "A/S", "Co.KG", "mbH");

    @Override
    public String name() {
        return "company-legal-forms";
    }

    @Override
    public List<Chunk> apply(Sentence sentence, List<Chunk> chunks) {
        List<Chunk> result = chunks;
        for (Chunk chunk : chunks) {
            if (chunk.length() > 1 && chunk.entity() == null && chunk.form() == Form.NAME
                    && !EntityTypes.ORG.equals(chunk.type())
                    && LEGAL_FORMS.contains(sentence.token(chunk.to() - 1).text())) {
                result = Chunks.replace(result, List.of(chunk), List.of(chunk.withType(EntityTypes.ORG)));
            }
        }
        return result;
    }
}
