package org.kinograph.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Expands the paths a user gives into the files to read: files as given, folders recursively
 * (hidden files and folders skipped, symbolic links followed), in a stable sorted order. A folder
 * that cannot be listed and a symbolic link that leads back into its own folder are problems,
 * reported with their reason; the walk goes on.
 */
public final class SourceWalker {

    /** A path the walker could not expand, with the reason. */
    public record Problem(Path path, String reason) {}

    private final List<Problem> problems = new ArrayList<>();

    /**
     * @param paths files and folders
     * @return the files to read, folders expanded, duplicates kept once
     */
    public List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                files.addAll(walk(p));
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                problems.add(new Problem(p, "no such file or folder"));
            }
        }
        return files.stream().map(f -> f.toAbsolutePath().normalize()).distinct().toList();
    }

    /** @return the paths that could not be expanded (missing, unreadable, symbolic link loops). */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    private List<Path> walk(Path dir) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new Visitor(dir, found));
        } catch (IOException e) {
            problems.add(new Problem(dir, "cannot list: " + e.getMessage()));
        }
        return found.stream().sorted(Comparator.comparing(Path::toString)).toList();
    }

    /** Collects the visible regular files under a folder; problems go to the walker's list. */
    private final class Visitor extends SimpleFileVisitor<Path> {
        private final Path root;
        private final List<Path> found;

        Visitor(Path root, List<Path> found) {
            this.root = root;
            this.found = found;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (hidden(file)) return FileVisitResult.CONTINUE;
            if (attrs.isRegularFile()) found.add(file);
            else problems.add(new Problem(file, attrs.isSymbolicLink() ? "a broken symbolic link"
                    : "not a regular file (a pipe, device or socket)"));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (!hidden(file)) problems.add(new Problem(file, reason(e)));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) problems.add(new Problem(dir, "cannot list: " + reason(e)));
            return FileVisitResult.CONTINUE;
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemLoopException) return "symbolic link loop (it leads back into its own folder); not followed";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file (it disappeared, or is a broken link)";
        return "cannot read: " + e.getMessage();
    }
}
