package org.kinograph.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A target graph read from a file in any RDF syntax Jena reads (chosen by the file extension;
 * {@code .gz} is decompressed), quads flattened into one graph. Only the triples the profile's
 * patterns can use are kept, and labels only in the profile's languages, so that a large dump
 * needs memory for films, people and their labels only.
 */
public final class GraphService implements SparqlService {
    private final Graph graph;
    private final String description;

    /** @param graph an in-memory graph; @param description what it is */
    public GraphService(Graph graph, String description) {
        this.graph = graph;
        this.description = description;
    }

    /**
     * Reads a file for a profile.
     *
     * @throws org.apache.jena.riot.RiotException when the file is not RDF
     */
    public static GraphService read(Path file, TargetProfile profile) {
        Graph g = GraphFactory.createGraphMem();
        String name = file.getFileName().toString();
        boolean gz = name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
        Lang lang = RDFLanguages.filenameToLang(gz ? name.substring(0, name.length() - 3) : name);
        if (lang == null) throw new RiotException("unknown RDF syntax for " + name + " (by its extension)");
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = gz ? new GZIPInputStream(raw, 1 << 16) : raw) {
            RDFParser.source(in).lang(lang).base(file.toUri().toString())
                    .parse(filter(g, profile.predicates(), profile.languages()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new GraphService(g, "file " + file);
    }

    private static StreamRDF filter(Graph g, Set<Node> predicates, List<String> languages) {
        return new StreamRDFBase() {
            @Override public void triple(Triple t) {
                if (keep(t, predicates, languages)) g.add(t);
            }

            @Override public void quad(Quad q) {
                triple(q.asTriple());
            }
        };
    }

    static boolean keep(Triple t, Set<Node> predicates, List<String> languages) {
        if (predicates != null && !predicates.contains(t.getPredicate())) return false;
        Node o = t.getObject();
        if (languages.isEmpty() || !o.isLiteral() || o.getLiteralLanguage().isEmpty()) return true;
        String lang = o.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT);
        return languages.stream().anyMatch(l -> lang.equals(l) || lang.startsWith(l + "-"));
    }

    /** @return how many triples were kept. */
    public long size() {
        return graph.size();
    }

    @Override
    public List<QuerySolution> select(String query) {
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(graph)).query(query).build()) {
            qe.execSelect().forEachRemaining(out::add);
        }
        return out;
    }

    @Override
    public String describe() {
        return description;
    }
}
