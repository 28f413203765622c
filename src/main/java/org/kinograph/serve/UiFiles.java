package org.kinograph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The Fuseki query UI (jena-fuseki-ui) ships as static files inside its jar; Jetty serves static
 * files from a folder, so they are extracted once into a cache folder named after the jar.
 */
final class UiFiles {
    private static final String ROOT = "webapp/";

    private UiFiles() {}

    /** @return the folder holding the UI's index.html, extracting it when needed. */
    static Path folder() {
        URL index = UiFiles.class.getClassLoader().getResource(ROOT + "index.html");
        if (index == null) throw new IllegalStateException("jena-fuseki-ui is not on the class path");
        try {
            if ("file".equals(index.getProtocol())) return Path.of(index.toURI()).getParent();
            JarURLConnection c = (JarURLConnection) index.openConnection();
            c.setUseCaches(false);
            Path jar = Path.of(c.getJarFileURL().toURI());
            Path target = Path.of(System.getProperty("java.io.tmpdir"), "kinograph-ui",
                    jar.getFileName() + "-" + Files.size(jar));
            if (!Files.exists(target.resolve("index.html"))) extract(jar, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the query UI: " + e.getMessage(), e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void extract(Path jar, Path target) throws IOException {
        Path tmp = Files.createDirectories(target.getParent()).resolve(target.getFileName() + ".tmp" + ProcessHandle.current().pid());
        try (JarFile jf = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = jf.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (!e.getName().startsWith(ROOT) || e.isDirectory()) continue;
                Path out = tmp.resolve(e.getName().substring(ROOT.length())).normalize();
                if (!out.startsWith(tmp)) continue;
                Files.createDirectories(out.getParent());
                try (InputStream in = jf.getInputStream(e)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException raced) {
            if (!Files.exists(target.resolve("index.html"))) throw raced;
            org.apache.commons.io.file.PathUtils.deleteDirectory(tmp);
        }
    }
}
