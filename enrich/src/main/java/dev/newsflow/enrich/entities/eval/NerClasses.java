package dev.newsflow.enrich.entities.eval;

import dev.newsflow.enrich.entities.EntityTypes;
import dev.newsflow.enrich.entities.Form;
import java.util.List;

/** GermEval 2014's classes: four coarse ones, each also as -deriv and -part, twelve in all. */
public final class NerClasses {

    public static final List<String> COARSE = List.of("PER", "LOC", "ORG", "OTH");
    public static final List<String> OFFICIAL = List.of(
            "PER", "PERderiv", "PERpart", "LOC", "LOCderiv", "LOCpart",
            "ORG", "ORGderiv", "ORGpart", "OTH", "OTHderiv", "OTHpart");

    private NerClasses() {}

    /** The GermEval class of a mention: MISC is OTH, and a derived word or compound adds -deriv or -part. */
    public static String of(String type, Form form) {
        String coarse = EntityTypes.MISC.equals(type) ? "OTH" : type;
        return switch (form) {
            case NAME -> coarse;
            case DERIVED -> coarse + "deriv";
            case PART -> coarse + "part";
        };
    }
}
