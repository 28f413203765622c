package org.kinograph.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Assumptions;

/** Where tests find the repository, the shared folder and the seeds. */
public final class TestFiles {
    private TestFiles() {}

    /** @return the repository root (Maven runs tests there). */
    public static Path repo() {
        return Paths.get(System.getProperty("user.dir")).toAbsolutePath();
    }

    /** @return the shared folder beside the checkout ({@code -Dkinograph.shared} overrides). */
    public static Path shared() {
        String p = System.getProperty("kinograph.shared");
        return p != null ? Paths.get(p) : repo().resolveSibling("shared");
    }

    /**
     * @return a file of the shared folder. In CI ({@code CI=true}) a missing shared folder fails
     *         the test; elsewhere the test is skipped.
     */
    public static Path sharedFile(String relative) {
        Path f = shared().resolve(relative);
        if (!Files.exists(f)) {
            boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
            if (ci) throw new AssertionError("missing shared file in CI: " + f);
            Assumptions.abort("shared folder not present: " + f);
        }
        return f;
    }

    /** @return the seed forum page (a hosted-site group page). */
    public static Path seedForum() {
        return sharedFile("seeds/001_1129adba4e8e7a97.txt");
    }

    /** @return the seed blog review. */
    public static Path seedBlog() {
        return sharedFile("seeds/002_c0d69a6fae281b1e.txt");
    }

    /** @return the seed static-site post (YAML front matter). */
    public static Path seedStaticPost() {
        return sharedFile("seeds/003_9aa08453b82dc945.txt");
    }

    /** @return the folder of real pages (reviews, forums, blogs, wiki mirrors, static-site posts). */
    public static Path realCorpus() {
        return sharedFile("corpus/real");
    }

    /** @return the seed encyclopedia article. */
    public static Path seedArticle() {
        return sharedFile("seeds/000_49e38a968392859f.txt");
    }
}
