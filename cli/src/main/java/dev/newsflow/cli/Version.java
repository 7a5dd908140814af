package dev.newsflow.cli;

import picocli.CommandLine.IVersionProvider;

final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"newsflow " + (version == null ? "(development build)" : version),
            "Kafka " + org.apache.kafka.common.utils.AppInfoParser.getVersion() + ", Java " + Runtime.version()};
    }
}
