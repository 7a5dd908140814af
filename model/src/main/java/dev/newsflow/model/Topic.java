package dev.newsflow.model;

import org.apache.kafka.common.serialization.Serde;

/** A topic's name with the serdes of its keys and values, so the three never drift apart. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {}
