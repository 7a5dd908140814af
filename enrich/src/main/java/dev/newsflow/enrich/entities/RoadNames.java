package dev.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Roads named by number are places: "die Autobahnen A 2 und A 7", "zur A 5", "die Bundesstraße
 * 216 Lüneburg – Dannenberg" (the road, then the town the model ran into it, which is a place
 * too). So are motorway junctions named after a town, where the model finds the town only:
 * "bis Dreieck Hockenheim bzw. Kreuz Walldorf", "das Viernheimer Dreieck". A street's house
 * number belongs to the street's name: "in der Neuendorfer Straße 90c".
 */
final class RoadNames implements ChunkRule {

    /** "A" and "B" before a number: Autobahn and Bundesstraße, as the signs write them. */
    private static final Set<String> ROAD_LETTERS = Set.of("A", "B");
    private static final Set<String> ROAD_NOUNS = Set.of("Autobahn", "Bundesautobahn", "Bundesstraße", "Landesstraße",
            "Staatsstraße", "Kreisstraße");
    /** "2", "216", and "7." where the sentence's full stop stuck to the number. */
    private static final Pattern ROAD_NUMBER = Pattern.compile("\\d{1,3}\\.?");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("\\d{1,4}[a-z]?");
    private static final Set<String> JUNCTIONS = Set.of("Dreieck", "Kreuz", "Autobahndreieck", "Autobahnkreuz");
    private static final List<String> STREET_ENDINGS = List.of("straße", "strasse", "str.", "weg", "allee", "gasse",
            "damm", "ufer", "chaussee");

    @Override
    public String name() {
        return "road-names";
    }

    @Override
    public List<Chunk> apply(Sentence sentence, List<Chunk> chunks) {
        List<Chunk> result = chunks;
        for (int i = 0; i + 1 < sentence.size(); i++) {
            String word = sentence.token(i).text();
            if (!(ROAD_LETTERS.contains(word) || ROAD_NOUNS.contains(word))
                    || !ROAD_NUMBER.matcher(sentence.token(i + 1).text()).matches()) {
                continue;
            }
            List<Chunk> overlapping = Chunks.overlapping(result, i, i + 2);
            List<Chunk> added = new ArrayList<>(List.of(Chunk.of(i, i + 2, EntityTypes.LOC)));
            boolean keep = true;
            for (Chunk chunk : overlapping) {
                if (chunk.from() < i || chunk.entity() != null) {
                    keep = false; // a longer name around the road ("Tunnel der A 7"), or a known one
                } else if (chunk.to() > i + 2) {
                    added.add(Chunk.of(i + 2, chunk.to(), EntityTypes.LOC)); // the town the road leads to
                }
            }
            if (keep) {
                result = Chunks.replace(result, overlapping, added);
            }
            i++;
        }
        return withHouseNumbers(sentence, withJunctions(sentence, result));
    }

    /** "Kreuz" + "Walldorf" (a place) → "Kreuz Walldorf"; "Viernheimer" (derived) + "Dreieck" → "Viernheimer Dreieck". */
    private static List<Chunk> withJunctions(Sentence sentence, List<Chunk> chunks) {
        List<Chunk> result = chunks;
        for (Chunk chunk : chunks) {
            if (!EntityTypes.LOC.equals(chunk.type())) {
                continue;
            }
            int before = chunk.from() - 1;
            int after = chunk.to();
            if (chunk.form() == Form.NAME && before >= 0 && JUNCTIONS.contains(sentence.token(before).text())
                    && Chunks.at(chunks, before) == null) {
                result = Chunks.replace(result, List.of(chunk), List.of(Chunk.of(before, chunk.to(), EntityTypes.LOC)));
            } else if (chunk.form() == Form.DERIVED && chunk.length() == 1 && after < sentence.size()
                    && JUNCTIONS.contains(sentence.token(after).text()) && Chunks.at(chunks, after) == null) {
                result = Chunks.replace(result, List.of(chunk), List.of(Chunk.of(chunk.from(), after + 1, EntityTypes.LOC)));
            }
        }
        return result;
    }

    private static List<Chunk> withHouseNumbers(Sentence sentence, List<Chunk> chunks) {
        List<Chunk> result = new ArrayList<>(chunks.size());
        for (Chunk chunk : chunks) {
            int next = chunk.to();
            if (EntityTypes.LOC.equals(chunk.type()) && chunk.form() == Form.NAME && next < sentence.size()
                    && isStreet(sentence.token(next - 1).text())
                    && HOUSE_NUMBER.matcher(sentence.token(next).text()).matches()
                    && Chunks.at(chunks, next) == null) {
                result.add(new Chunk(chunk.from(), next + 1, chunk.type(), chunk.form(), chunk.entity()));
            } else {
                result.add(chunk);
            }
        }
        return result;
    }

    private static boolean isStreet(String word) {
        String lower = word.toLowerCase(Locale.GERMAN);
        for (String ending : STREET_ENDINGS) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
