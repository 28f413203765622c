package org.kinograph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class TestSourceWalker {
    @TempDir
    Path root;

    private void touch(String relative) throws IOException {
        Path f = root.resolve(relative);
        Files.createDirectories(f.getParent());
        Files.writeString(f, "x");
    }

    private Path abs(String relative) {
        return root.resolve(relative).toAbsolutePath().normalize();
    }

    @BeforeEach
    void corpus() throws IOException {
        touch("b.txt");
        touch("a.txt");
        touch("sub/deeper/d.txt");
        touch("sub/c.txt");
        touch(".hidden.txt");
        touch(".git/config");
        touch("sub/.secret");
        touch("sub/.cache/e.txt");
    }

    @Test
    void folderRecursionSortedHiddenSkipped() {
        SourceWalker w = new SourceWalker();
        assertThat(w.expand(List.of(root)))
                .containsExactly(abs("a.txt"), abs("b.txt"), abs("sub/c.txt"), abs("sub/deeper/d.txt"));
        assertThat(w.problems()).isEmpty();
    }

    @Test
    void missingPathIsAProblem() {
        SourceWalker w = new SourceWalker();
        Path missing = root.resolve("missing.txt");
        assertThat(w.expand(List.of(missing, root.resolve("a.txt")))).containsExactly(abs("a.txt"));
        assertThat(w.problems()).hasSize(1);
        assertThat(w.problems().get(0).path()).isEqualTo(missing);
        assertThat(w.problems().get(0).reason()).contains("no such file");
    }

    @Test
    void duplicatesKeptOnce() {
        SourceWalker w = new SourceWalker();
        List<Path> files = w.expand(List.of(root, root.resolve("a.txt"), root.resolve("sub/../a.txt"), root.resolve("sub")));
        assertThat(files).containsExactly(abs("a.txt"), abs("b.txt"), abs("sub/c.txt"), abs("sub/deeper/d.txt"));
    }

    @Test
    void fileGivenDirectlyIsTaken() {
        SourceWalker w = new SourceWalker();
        assertThat(w.expand(List.of(root.resolve("sub/c.txt")))).containsExactly(abs("sub/c.txt"));
        // files are taken as given, even hidden ones
        assertThat(w.expand(List.of(root.resolve(".hidden.txt")))).containsExactly(abs(".hidden.txt"));
        assertThat(w.problems()).isEmpty();
    }

    @Test
    void subFolderGivenDirectly() {
        assertThat(new SourceWalker().expand(List.of(root.resolve("sub"))))
                .containsExactly(abs("sub/c.txt"), abs("sub/deeper/d.txt"));
    }

    @Test
    void emptyFolder() throws IOException {
        Path empty = Files.createDirectory(root.resolve("empty"));
        SourceWalker w = new SourceWalker();
        assertThat(w.expand(List.of(empty))).isEmpty();
        assertThat(w.problems()).isEmpty();
    }

    @Test
    void aSymbolicLinkLoopIsAProblemAndTheWalkGoesOn() throws IOException {
        Files.createSymbolicLink(root.resolve("sub/loop"), Path.of(".."));
        SourceWalker w = new SourceWalker();
        assertThat(w.expand(List.of(root)))
                .containsExactly(abs("a.txt"), abs("b.txt"), abs("sub/c.txt"), abs("sub/deeper/d.txt"));
        assertThat(w.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(root.resolve("sub/loop"));
            assertThat(p.reason()).contains("symbolic link loop");
        });
    }

    @Test
    void linkedFoldersAreFollowedAndBrokenLinksReported() throws IOException {
        Path other = Files.createDirectories(root.resolveSibling(root.getFileName() + "-other"));
        Files.writeString(other.resolve("e.txt"), "x");
        Files.createSymbolicLink(root.resolve("linked"), other);
        Files.createSymbolicLink(root.resolve("broken.txt"), root.resolve("nowhere.txt"));
        SourceWalker w = new SourceWalker();
        assertThat(w.expand(List.of(root))).contains(abs("linked/e.txt"));
        assertThat(w.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("broken symbolic link"));
    }
}
