package org.kinograph.resolve;

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
    private final Map<String, Set<Node>> names = new TreeMap<>();
    private final Set<String> altNames = new TreeSet<>();
    private final Set<String> years = new TreeSet<>();
    private final Set<String> directors = new TreeSet<>();
    private final Set<String> cast = new TreeSet<>();
    private final Set<Node> films = new TreeSet<>(BY_IRI);
    private final Set<String> credits = new TreeSet<>();
    private final Set<Node> actors = new TreeSet<>(BY_IRI);
    private final Set<Node> characters = new TreeSet<>(BY_IRI);
    private final Set<String> categories = new TreeSet<>();
    private final Set<Node> recipients = new TreeSet<>(BY_IRI);
    private final Set<Node> graphs = new TreeSet<>(BY_IRI);
    private final Set<Node> sources = new TreeSet<>(BY_IRI);

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
    public Node graph() { return graphs.size() == 1 ? graphs.iterator().next() : null; }
    public Kind kind() { return kind; }
    /** @return each name as written, with the sources that write it. */
    public Map<String, Set<Node>> names() { return names; }
    public Set<String> altNames() { return altNames; }
    public Set<String> years() { return years; }
    public Set<String> directors() { return directors; }
    public Set<String> cast() { return cast; }
    public Set<Node> films() { return films; }
    public Set<String> credits() { return credits; }
    public Set<Node> actors() { return actors; }
    public Set<Node> characters() { return characters; }
    public Set<String> categories() { return categories; }
    public Set<Node> recipients() { return recipients; }
    public Set<Node> graphs() { return graphs; }
    public Set<Node> sources() { return sources; }

    /**
     * @return everything the matchers compare (names, years, people, films, credits, actors,
     *         characters, categories, recipients) and nothing of where it was read: two mentions
     *         with the same evidence get the same decision against any third
     */
    String evidence() {
        return String.join("|", kind.label(), names.keySet().toString(), altNames.toString(), years.toString(),
                directors.toString(), cast.toString(), films.toString(), credits.toString(), actors.toString(),
                characters.toString(), categories.toString(), recipients.toString());
    }

    /** @return the year, when the mention has exactly one. */
    public String year() {
        return years.size() == 1 ? years.iterator().next() : null;
    }

    /** @return how many documents mint this IRI. */
    public int support() {
        return Math.max(1, graphs.size());
    }

    // Fluent adders, for reading records and for tests.

    public Mention name(String name, Node source) {
        Set<Node> s = names.computeIfAbsent(name, k -> new TreeSet<>(BY_IRI));
        if (source != null) s.add(source);
        return this;
    }

    public Mention name(String name) { return name(name, null); }
    public Mention altName(String n) { altNames.add(n); return this; }
    public Mention year(String y) { if (y != null) years.add(y); return this; }
    public Mention director(String n) { directors.add(n); return this; }
    public Mention castMember(String n) { cast.add(n); return this; }
    public Mention film(Node f) { films.add(f); return this; }
    public Mention credit(String c) { credits.add(c); return this; }
    public Mention actor(Node a) { actors.add(a); return this; }
    public Mention character(Node c) { characters.add(c); return this; }
    public Mention category(String c) { categories.add(c); return this; }
    public Mention recipient(Node r) { recipients.add(r); return this; }
    public Mention graph(Node g) { graphs.add(g); return this; }
    public Mention record(Node r) { record = r; return this; }
    public Mention source(Node s) { sources.add(s); return this; }

    /**
     * @return a copy (same IRI and record) whose films, actors and characters are what the
     *         function makes of them: the resolved IRIs, for comparing mentions of several documents
     */
    public Mention resolved(java.util.function.Function<Node, Node> resolve) {
        Mention m = new Mention(iri, kind).absorb(this);
        m.record = record;
        m.films.clear();
        films.forEach(f -> m.films.add(resolve.apply(f)));
        m.actors.clear();
        actors.forEach(a -> m.actors.add(resolve.apply(a)));
        m.characters.clear();
        characters.forEach(c -> m.characters.add(resolve.apply(c)));
        return m;
    }

    /** Adds everything another mention (of the same or another IRI) says. */
    public Mention absorb(Mention o) {
        o.names.forEach((n, s) -> names.computeIfAbsent(n, k -> new TreeSet<>(BY_IRI)).addAll(s));
        altNames.addAll(o.altNames);
        years.addAll(o.years);
        directors.addAll(o.directors);
        cast.addAll(o.cast);
        films.addAll(o.films);
        credits.addAll(o.credits);
        actors.addAll(o.actors);
        characters.addAll(o.characters);
        categories.addAll(o.categories);
        recipients.addAll(o.recipients);
        graphs.addAll(o.graphs);
        sources.addAll(o.sources);
        return this;
    }

    /** @return the first name in a stable order: the most documents, then the lexicographically first. */
    public String preferredName() {
        return names.entrySet().stream()
                .min(Comparator.<Map.Entry<String, Set<Node>>>comparingInt(e -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse(null);
    }

    @Override
    public String toString() {
        return kind.label() + " " + iri.getURI() + " " + names.keySet() + (years.isEmpty() ? "" : " " + years);
    }
}
