package org.kinograph.vocab;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;

/** The project's prefixes, used in query prologues and in written RDF. */
public final class Prefixes {
    private static final PrefixMapping PREFIXES = build();

    private Prefixes() {}

    /** @return an unmodifiable prefix mapping: schema, kino, prov, nif, rdf, rdfs, xsd, owl, skos. */
    public static PrefixMapping get() {
        return PREFIXES;
    }

    private static PrefixMapping build() {
        PrefixMapping pm = new PrefixMappingImpl();
        pm.setNsPrefix("schema", SCHEMA.NS);
        pm.setNsPrefix("kino", KINO.NS);
        pm.setNsPrefix("prov", PROVO.PROV);
        pm.setNsPrefix("nif", PROVO.NIF);
        pm.setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        pm.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        pm.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        pm.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        pm.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        return pm.lock();
    }

}
