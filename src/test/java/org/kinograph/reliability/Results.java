package org.kinograph.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.kinograph.testing.TestFiles;

/** Writes the figures of a reliability run to {@code target/reliability/NAME.json}. */
public final class Results {
    private Results() {}

    /** @return the folder of the results. */
    public static Path folder() {
        return TestFiles.repo().resolve("target/reliability");
    }

    /** Writes one result file, replacing an older one. @return the file */
    public static Path write(String name, JsonObject result) {
        try {
            Files.createDirectories(folder());
            Path file = folder().resolve(name + ".json");
            try (OutputStream out = Files.newOutputStream(file)) {
                JSON.write(out, result);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a folder for scratch stores: under /dev/shm when there is one (fast), else under target/. */
    public static Path scratch(String name) {
        try {
            Path shm = Path.of("/dev/shm");
            Path base = Files.isDirectory(shm) && Files.isWritable(shm) ? shm : TestFiles.repo().resolve("target");
            return Files.createTempDirectory(base, "kinograph-" + name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
