package dev.newsflow.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * newsflow never writes into an input folder: files it wrote there would be read back as input
 * (the sink's .jsonl files, a watch's state), and the user's folder is the user's.
 */
final class InputFolders {

    private InputFolders() {}

    /** A usage error (exit 2) where {@code dir} is inside an input directory, or is one. */
    static void checkOutside(CommandSpec spec, List<String> inputs, Path dir, String what) {
        Path target = absolute(dir);
        for (String input : inputs) {
            Path in = Path.of(input);
            if (Files.isDirectory(in) && target.startsWith(absolute(in))) {
                throw new UsageErrorHandler.InvalidArgument(spec.commandLine(), what + " " + dir + " is inside the input folder "
                        + input + ", whose files would then be read as input; choose one outside it");
            }
        }
    }

    /** The real path, links resolved (a link into the folder is inside it too), also for a path not made yet. */
    private static Path absolute(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}
