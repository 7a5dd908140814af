package dev.newsflow.cli;

/**
 * The apache/kafka image of the release the clients and the embedded broker are built from: the
 * {@code kafka.version} property of pom.xml, which cli/pom.xml hands to the tests as a system property.
 */
final class KafkaImage {

    private KafkaImage() {}

    static String name() {
        String version = System.getProperty("kafka.version");
        if (version == null || version.isBlank()) {
            throw new IllegalStateException("the system property kafka.version is not set: cli/pom.xml passes it to "
                    + "the tests from the Maven property of that name");
        }
        return "apache/kafka:" + version;
    }
}
