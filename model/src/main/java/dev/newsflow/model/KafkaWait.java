package dev.newsflow.model;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * How a command waits for a cluster that does not answer when it starts: up to a limit (a
 * command someone runs and waits for), or without one (enrich and the sink, services that a
 * container platform starts in any order with the brokers), saying so every few seconds.
 *
 * @param limit how long to wait; null for as long as it takes
 * @param say told a line every {@link #EVERY} while waiting, and where the cluster answered after a wait
 */
public record KafkaWait(Duration limit, Consumer<String> say) {

    /** How often the wait is said, and how long one try waits for an answer. */
    public static final Duration EVERY = Duration.ofSeconds(5);

    /** The wait of the commands that do not say how they wait: 15 s, silently. */
    public static final KafkaWait BRIEF = new KafkaWait(Duration.ofSeconds(15), line -> {});

    public boolean forever() {
        return limit == null;
    }
}
