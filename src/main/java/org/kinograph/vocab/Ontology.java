package org.kinograph.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The files of {@code ontology/} as packaged in the jar: the kino: vocabulary, the SHACL shapes
 * and the JSON-LD context.
 */
public final class Ontology {
    /** The kino: vocabulary in Turtle. */
    public static final String VOCABULARY = "kino.ttl";
    /** The SHACL shapes in Turtle. */
    public static final String SHAPES = "shapes.ttl";
    /** The JSON-LD context. */
    public static final String CONTEXT = "context.jsonld";

    private Ontology() {}

    /** @return the file's text. */
    public static String read(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ontology/" + name + " from the class path", e);
        }
    }

    /** @return a stream of the file; the caller closes it. */
    public static InputStream open(String name) {
        InputStream in = Ontology.class.getResourceAsStream("/org/kinograph/ontology/" + name);
        if (in == null) throw new IllegalStateException("ontology/" + name + " is not on the class path");
        return in;
    }
}
