package org.kinograph.source;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.io.FileUtils;
import org.apache.commons.io.filefilter.FileFileFilter;
import org.apache.commons.io.filefilter.HiddenFileFilter;
import org.apache.commons.io.filefilter.IOFileFilter;

/**
 * Expands the paths a user gives into the files to read: files as given, folders recursively
 * (hidden files and folders skipped), in a stable sorted order.
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

    /** @return the paths that could not be expanded (missing, unreadable). */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    private static List<Path> walk(Path dir) {
        IOFileFilter visibleFiles = FileFileFilter.INSTANCE.and(HiddenFileFilter.VISIBLE);
        Collection<File> found = FileUtils.listFiles(dir.toFile(), visibleFiles, HiddenFileFilter.VISIBLE);
        return found.stream().map(File::toPath).sorted(Comparator.comparing(Path::toString)).toList();
    }
}
