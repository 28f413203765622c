package org.kinograph.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.riot.RDFFormat;

/** The registered export formats, by name. */
public final class Exporters {
    private static final Map<String, Exporter> REGISTRY = new LinkedHashMap<>();

    static {
        register(new StreamingExporter("ttl", RDFFormat.TURTLE_BLOCKS, false));
        register(new StreamingExporter("trig", RDFFormat.TRIG_BLOCKS, true));
        register(new StreamingExporter("nt", RDFFormat.NTRIPLES, false));
        register(new StreamingExporter("nq", RDFFormat.NQUADS, true));
        register(new JsonLdExporter());
    }

    private Exporters() {}

    /** Registers a format (a later one with the same name replaces the earlier). */
    public static synchronized void register(Exporter e) {
        REGISTRY.put(e.name(), e);
    }

    /** @return the format of that name. */
    public static synchronized Optional<Exporter> get(String name) {
        return Optional.ofNullable(REGISTRY.get(name));
    }

    /** @return the registered names. */
    public static synchronized Set<String> names() {
        return Set.copyOf(REGISTRY.keySet());
    }
}
