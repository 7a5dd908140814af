package dev.newsflow.model;

/**
 * One real-world entity mentioned in an article, with how often it is mentioned there, and where
 * the knowledge base puts it on a map ({@code lat}, {@code lon} in degrees; both null where it has no point).
 */
public record Entity(String id, String name, String type, int mentions, Double lat, Double lon) {

    /** An entity without a point. */
    public Entity(String id, String name, String type, int mentions) {
        this(id, name, type, mentions, null, null);
    }
}
