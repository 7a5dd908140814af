package dev.newsflow.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Turns a command-line argument into the files to read. A file is taken as named (its type
 * must be supported); a directory is walked recursively without following symbolic links (so
 * a link loop cannot trap the walk), hidden files and directories are left out, files of other
 * types are counted as skipped, and the rest come in order of their source name, so two runs
 * over the same tree read it in the same order.
 */
final class InputFinder {

    /** The files to read and how many files of other types a walk passed over. */
    record Found(List<InputFile> files, int skipped) {

        static final Found NONE = new Found(List.of(), 0);
    }

    private static final Comparator<InputFile> BY_SOURCE = Comparator.comparing(InputFile::source);

    private InputFinder() {}

    static Found find(String argument, Consumer<Rejection> rejected) {
        Path path;
        try {
            path = Path.of(argument);
        } catch (InvalidPathException e) {
            rejected.accept(new Rejection(argument, "not a valid path: " + e.getReason()));
            return Found.NONE;
        }
        if (Files.isDirectory(path)) {
            return walk(path, rejected);
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            rejected.accept(new Rejection(argument, "no such file or directory"));
            return Found.NONE;
        }
        Optional<Format> format = Format.of(path);
        if (format.isEmpty()) {
            rejected.accept(new Rejection(argument, Format.EXPECTED));
            return Found.NONE;
        }
        return new Found(List.of(new InputFile(path, path.getFileName().toString(), format.get())), 0);
    }

    private static Found walk(Path root, Consumer<Rejection> rejected) {
        Path start;
        try {
            // a walk that follows no links would visit a linked root as a file: start at its target
            start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
        } catch (IOException e) {
            rejected.accept(new Rejection(root.toString(), "cannot resolve symbolic link: " + IoErrors.describe(e)));
            return Found.NONE;
        }
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(start) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!isHidden(file) && !isLinkToDirectory(file, attrs)) {
                        found.add(root.resolve(start.relativize(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!isHidden(file)) {
                        rejected.accept(new Rejection(root.resolve(start.relativize(file)).toString(),
                                "cannot read: " + IoErrors.describe(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        rejected.accept(new Rejection(root.resolve(start.relativize(dir)).toString(),
                                "cannot list directory: " + IoErrors.describe(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            rejected.accept(new Rejection(root.toString(), "cannot walk directory: " + IoErrors.describe(e)));
        }
        List<InputFile> files = new ArrayList<>();
        for (Path file : found) {
            Format.of(file).ifPresent(format -> files.add(new InputFile(file, sourceOf(root, file), format)));
        }
        files.sort(BY_SOURCE);
        return new Found(List.copyOf(files), found.size() - files.size());
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    // a link to a directory is not followed: following links is how walks end up in loops
    private static boolean isLinkToDirectory(Path file, BasicFileAttributes attrs) {
        return attrs.isSymbolicLink() && Files.isDirectory(file);
    }

    /** The path below the walked directory, with '/' on every platform, so ids do not depend on the OS. */
    static String sourceOf(Path root, Path file) {
        return StreamSupport.stream(root.relativize(file).spliterator(), false)
                .map(Path::toString)
                .collect(Collectors.joining("/"));
    }
}
