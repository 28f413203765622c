package org.kinograph.resolve;

import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * What a document says about one mention IRI (one record of the mention index, {@link
 * MentionRecords}), or several documents summed ({@link #absorb}): the names written for it (with
 * the sources that write each), and what resolution uses as evidence (a film's year, directors
 * and cast; a person's films and credits; a character's actors; an accolade's award, category,
 * year and recipients). Built by hand in tests.
 */
public final class Mention {
    /** Orders nodes by their IRI (or lexical form), the tie-breaker of every choice. */
    public static final Comparator<Node> BY_IRI = Comparator.comparing(Mention::key);

    private final Node iri;
    private final Kind kind;
    private Node record;
    // Allocated on first use: most records fill two or three of these, and resolution holds
    // hundreds of thousands of records.
    private Map<String, Set<Node>> names;
    private Set<String> altNames;
    private Set<String> years;
    private Set<String> directors;
    private Set<String> cast;
    private Set<Node> films;
    private Set<String> credits;
    private Set<Node> actors;
    private Set<Node> characters;
    private Set<String> categories;
    private Set<Node> recipients;
    private Set<Node> graphs;
    private Set<Node> sources;

    /** @param iri the mention IRI; @param kind its kind */
    public Mention(Node iri, Kind kind) {
        this.iri = iri;
        this.kind = kind;
    }

    /** @return a mention of an IRI written as a string (tests). */
    public static Mention of(String iri, Kind kind) {
        return new Mention(NodeFactory.createURI(iri), kind);
    }

    static String key(Node n) {
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    public Node iri() { return iri; }
    /** @return the mention record (one document's mention of the IRI), or the IRI when built by hand. */
    public Node record() { return record != null ? record : iri; }
    /** @return the one document graph of a record's mention, or null. */
    public Node graph() { return graphs != null && graphs.size() == 1 ? graphs.iterator().next() : null; }
    public Kind kind() { return kind; }
    /** @return each name as written, with the sources that write it (unmodifiable). */
    public Map<String, Set<Node>> names() { return names == null ? Map.of() : Collections.unmodifiableMap(names); }
    public Set<String> altNames() { return view(altNames); }
    public Set<String> years() { return view(years); }
    public Set<String> directors() { return view(directors); }
    public Set<String> cast() { return view(cast); }
    public Set<Node> films() { return view(films); }
    public Set<String> credits() { return view(credits); }
    public Set<Node> actors() { return view(actors); }
    public Set<Node> characters() { return view(characters); }
    public Set<String> categories() { return view(categories); }
    public Set<Node> recipients() { return view(recipients); }
    public Set<Node> graphs() { return view(graphs); }
    public Set<Node> sources() { return view(sources); }

    private static <T> Set<T> view(Set<T> s) {
        return s == null ? Set.of() : Collections.unmodifiableSet(s);
    }

    private static Set<String> strings(Set<String> s) {
        return s != null ? s : new TreeSet<>();
    }

    private static Set<Node> nodes(Set<Node> s) {
        return s != null ? s : new TreeSet<>(BY_IRI);
    }

    /**
     * @return everything the matchers compare (names, years, people, films, credits, actors,
     *         characters, categories, recipients) and nothing of where it was read: two mentions
     *         with the same evidence get the same decision against any third
     */
    String evidence() {
        return String.join("|", kind.label(), names().keySet().toString(), altNames().toString(), years().toString(),
                directors().toString(), cast().toString(), films().toString(), credits().toString(),
                actors().toString(), characters().toString(), categories().toString(), recipients().toString());
    }

    /** @return the year, when the mention has exactly one. */
    public String year() {
        return years != null && years.size() == 1 ? years.iterator().next() : null;
    }

    /** @return how many documents mint this IRI. */
    public int support() {
        return graphs == null ? 1 : Math.max(1, graphs.size());
    }

    // Fluent adders, for reading records and for tests.

    public Mention name(String name, Node source) {
        if (names == null) names = new TreeMap<>();
        Set<Node> s = names.computeIfAbsent(name, k -> new TreeSet<>(BY_IRI));
        if (source != null) s.add(source);
        return this;
    }

    public Mention name(String name) { return name(name, null); }
    /** Forgets the names read so far (a record whose names come from another property). */
    public Mention clearNames() { names = null; return this; }
    public Mention altName(String n) { (altNames = strings(altNames)).add(n); return this; }
    public Mention year(String y) { if (y != null) (years = strings(years)).add(y); return this; }
    public Mention director(String n) { (directors = strings(directors)).add(n); return this; }
    public Mention castMember(String n) { (cast = strings(cast)).add(n); return this; }
    public Mention film(Node f) { (films = nodes(films)).add(f); return this; }
    public Mention credit(String c) { (credits = strings(credits)).add(c); return this; }
    public Mention actor(Node a) { (actors = nodes(actors)).add(a); return this; }
    public Mention character(Node c) { (characters = nodes(characters)).add(c); return this; }
    public Mention category(String c) { (categories = strings(categories)).add(c); return this; }
    public Mention recipient(Node r) { (recipients = nodes(recipients)).add(r); return this; }
    public Mention graph(Node g) { (graphs = nodes(graphs)).add(g); return this; }
    public Mention record(Node r) { record = r; return this; }
    public Mention source(Node s) { (sources = nodes(sources)).add(s); return this; }

    /**
     * @return a copy (same IRI and record) whose films, actors and characters are what the
     *         function makes of them: the resolved IRIs, for comparing mentions of several documents
     */
    public Mention resolved(java.util.function.Function<Node, Node> resolve) {
        Mention m = new Mention(iri, kind).absorb(this);
        m.record = record;
        m.films = null;
        m.actors = null;
        m.characters = null;
        films().forEach(f -> m.film(resolve.apply(f)));
        actors().forEach(a -> m.actor(resolve.apply(a)));
        characters().forEach(c -> m.character(resolve.apply(c)));
        return m;
    }

    /** Adds everything another mention (of the same or another IRI) says. */
    public Mention absorb(Mention o) {
        o.names().forEach((n, src) -> {
            name(n);
            names.get(n).addAll(src);
        });
        o.altNames().forEach(this::altName);
        o.years().forEach(this::year);
        o.directors().forEach(this::director);
        o.cast().forEach(this::castMember);
        o.films().forEach(this::film);
        o.credits().forEach(this::credit);
        o.actors().forEach(this::actor);
        o.characters().forEach(this::character);
        o.categories().forEach(this::category);
        o.recipients().forEach(this::recipient);
        o.graphs().forEach(this::graph);
        o.sources().forEach(this::source);
        return this;
    }

    /** @return the first name in a stable order: the most documents, then the lexicographically first. */
    public String preferredName() {
        return names().entrySet().stream()
                .min(Comparator.<Map.Entry<String, Set<Node>>>comparingInt(e -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse(null);
    }

    @Override
    public String toString() {
        return kind.label() + " " + iri.getURI() + " " + names().keySet() + (years().isEmpty() ? "" : " " + years());
    }
}
