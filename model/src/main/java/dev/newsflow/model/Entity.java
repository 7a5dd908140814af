package dev.newsflow.model;

/** One real-world entity mentioned in an article, with how often it is mentioned there. */
public record Entity(String id, String name, String type, int mentions) {}
