package dev.newsflow.enrich.entities;

import java.util.Locale;

/** The four entity types of the record schema, from whatever labels a model uses. */
public final class EntityTypes {

    public static final String PER = "PER";
    public static final String LOC = "LOC";
    public static final String ORG = "ORG";
    public static final String MISC = "MISC";

    private EntityTypes() {}

    /** PER, LOC, ORG or MISC for a model label such as I-PER, B-LOC, PERSON; null for O. */
    public static String of(String label) {
        if (label == null) {
            return null;
        }
        String bare = label.replaceFirst("^[BIES]-", "").toUpperCase(Locale.ROOT);
        if (bare.startsWith("PER")) {
            return PER;
        }
        if (bare.startsWith("LOC") || bare.equals("GPE")) {
            return LOC;
        }
        if (bare.startsWith("ORG")) {
            return ORG;
        }
        if (bare.startsWith("MISC") || bare.startsWith("OTH")) {
            return MISC;
        }
        return null;
    }
}
