package dev.newsflow.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import picocli.CommandLine.IVersionProvider;

final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"newsflow " + (version == null ? "(development build)" : version),
            "Kafka " + kafkaVersion() + ", Java " + Runtime.version()};
    }

    /** newsflow's version, "dev" in a development build. */
    static String number() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /**
     * The clients' version, from the file kafka-clients carries for it: the class that reads it
     * is internal and moved between Kafka releases.
     */
    static String kafkaVersion() {
        try (InputStream in = KafkaProducer.class.getResourceAsStream("/kafka/kafka-version.properties")) {
            if (in == null) {
                return "(unknown)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "(unknown)");
        } catch (IOException e) {
            return "(unknown)";
        }
    }
}
