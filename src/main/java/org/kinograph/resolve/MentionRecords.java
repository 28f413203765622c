package org.kinograph.resolve;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.kinograph.source.SourceReader;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.KINO;
import org.kinograph.vocab.PROVO;
import org.kinograph.vocab.SCHEMA;

/**
 * The mention index: one small record per (document graph, mention IRI) in the meta graph, written
 * with the document in its transaction and removed with it. Resolution decides record by record
 * (one document's mention), so what one document says never decides for another that happens to
 * mint the same IRI. A record names the mention
 * ({@code kino:mentionOf}, never rewritten), its document and source, its kind, its blocking keys
 * ({@code kino:blockKey "film:tokyo story"}, indexed, so resolution reads one block at a time), and
 * the evidence resolution compares (names, year, directors, cast, films, credits, actors,
 * category, recipients). It is a pure function of the document's quads as mapped.
 */
public final class MentionRecords {
    private static final Set<Node> FILM_CREDITS = Set.of(SCHEMA.director, SCHEMA.producer, SCHEMA.author, SCHEMA.actor,
            SCHEMA.musicBy, KINO.cinematographer, KINO.filmEditor);

    private final Ids ids;

    /** @param ids IRI minting (the base tells which IRIs are mentions) */
    public MentionRecords(Ids ids) {
        this.ids = ids;
    }

    /** @return the record IRI of a mention in a document graph: {@code <graph>/m/<16 hex>}. */
    public static Node record(Node graph, Node mention) {
        String hash = SourceReader.sha256(mention.getURI().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        return NodeFactory.createURI(graph.getURI() + "/m/" + hash);
    }

    /**
     * @param graph    the document graph
     * @param source   its source
     * @param triples  the document graph's triples as mapped, without its reifiers' statements
     * @return the records, as meta-graph quads
     */
    public List<Quad> describe(Node graph, Node source, List<Triple> triples) {
        Graph data = GraphFactory.createDefaultGraph();
        triples.forEach(data::add);
        Map<Node, Mention> mentions = new TreeMap<>(Mention.BY_IRI);
        data.find().forEachRemaining(t -> {
            see(mentions, t.getSubject());
            see(mentions, t.getObject());
        });
        List<Quad> out = new ArrayList<>();
        for (Mention m : mentions.values()) {
            fill(m, data);
            write(m, graph, source, q -> out.add(q));
        }
        return out;
    }

    private void see(Map<Node, Mention> mentions, Node n) {
        Kind k = Kind.of(ids.base(), n);
        if (k != null) mentions.computeIfAbsent(n, x -> new Mention(x, k));
    }

    private void fill(Mention m, Graph data) {
        Node n = m.iri();
        objects(data, n, SCHEMA.name).forEach(v -> m.name(v.getLiteralLexicalForm()));
        switch (m.kind()) {
            case FILM -> {
                objects(data, n, SCHEMA.alternateName).forEach(v -> m.altName(v.getLiteralLexicalForm()));
                m.year(yearOf(n, m.names().keySet()));
                objects(data, n, SCHEMA.director).forEach(p -> names(data, p).forEach(m::director));
                objects(data, n, SCHEMA.actor).forEach(p -> names(data, p).forEach(m::castMember));
            }
            case PERSON -> data.find(Node.ANY, Node.ANY, n).forEachRemaining(t -> credit(m, data, t));
            case WORK -> {
                objects(data, n, SCHEMA.alternateName).forEach(v -> m.altName(v.getLiteralLexicalForm()));
                data.find(Node.ANY, SCHEMA.isBasedOn, n).forEachRemaining(t -> {
                    if (Kind.of(ids.base(), t.getSubject()) == Kind.FILM) m.film(t.getSubject());
                });
            }
            case CHARACTER -> {
                m.film(Kind.filmOf(ids.base(), n));
                data.find(Node.ANY, KINO.character, n).forEachRemaining(t ->
                        objects(data, t.getSubject(), SCHEMA.actor).forEach(m::actor));
            }
            case ROLE -> {
                m.film(Kind.filmOf(ids.base(), n));
                m.clearNames();
                objects(data, n, SCHEMA.characterName).forEach(v -> m.name(v.getLiteralLexicalForm()));
                objects(data, n, SCHEMA.actor).forEach(m::actor);
                objects(data, n, KINO.character).forEach(m::character);
            }
            case ACCOLADE -> {
                m.film(Kind.filmOf(ids.base(), n));
                objects(data, n, KINO.awardName).forEach(v -> m.name(v.getLiteralLexicalForm()));
                objects(data, n, KINO.category).forEach(v -> m.category(v.getLiteralLexicalForm()));
                objects(data, n, KINO.year).forEach(v -> m.year(v.getLiteralLexicalForm()));
                objects(data, n, KINO.recipient).forEach(m::recipient);
            }
            default -> { }
        }
    }

    /** The film a person is credited on, and how (director, actor, recipient, source-author …). */
    private void credit(Mention m, Graph data, Triple t) {
        Node s = t.getSubject();
        Kind k = Kind.of(ids.base(), s);
        if (k == Kind.FILM && FILM_CREDITS.contains(t.getPredicate())) {
            m.film(s).credit(t.getPredicate().getLocalName());
        } else if (k == Kind.ROLE && t.getPredicate().equals(SCHEMA.actor)) {
            m.film(Kind.filmOf(ids.base(), s)).credit("actor");
        } else if (k == Kind.ACCOLADE && t.getPredicate().equals(KINO.recipient)) {
            m.film(Kind.filmOf(ids.base(), s)).credit("recipient");
        } else if (k == Kind.WORK && t.getPredicate().equals(SCHEMA.author)) {
            data.find(Node.ANY, SCHEMA.isBasedOn, s).forEachRemaining(b -> {
                if (Kind.of(ids.base(), b.getSubject()) == Kind.FILM) m.film(b.getSubject()).credit("source-author");
            });
        }
    }

    /**
     * The year minted into a film IRI: {@code film/<slug(title)>-<year>} for one of its names.
     * Read from the IRI and the name together, so that a title that ends in digits ("2046") is
     * not taken for a year.
     */
    private String yearOf(Node film, Collection<String> names) {
        String seg = film.getURI().substring((ids.base() + "film/").length());
        for (String name : names) {
            String slug = Ids.slug(name);
            if (seg.length() == slug.length() + 5 && seg.startsWith(slug + "-") && seg.substring(slug.length() + 1)
                    .matches("\\d{4}")) {
                return seg.substring(slug.length() + 1);
            }
        }
        return null;
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        out.sort(Mention.BY_IRI);
        return out;
    }

    private static List<String> names(Graph g, Node entity) {
        return objects(g, entity, SCHEMA.name).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).toList();
    }

    /** Writes one record. */
    private void write(Mention m, Node graph, Node source, Consumer<Quad> out) {
        Node meta = ids.metaGraph();
        Node r = record(graph, m.iri());
        Consumer<Triple> add = t -> out.accept(Quad.create(meta, t));
        add.accept(Triple.create(r, KINO.mentionOf, m.iri()));
        add.accept(Triple.create(r, KINO.mentionedIn, graph));
        add.accept(Triple.create(r, PROVO.wasDerivedFrom, source));
        add.accept(Triple.create(r, KINO.mentionKind, lit(m.kind().label())));
        for (String key : blockKeys(m)) add.accept(Triple.create(r, KINO.blockKey, lit(key)));
        m.names().keySet().forEach(v -> add.accept(Triple.create(r, KINO.mentionName, lit(v))));
        m.altNames().forEach(v -> add.accept(Triple.create(r, KINO.mentionAltName, lit(v))));
        m.years().forEach(v -> add.accept(Triple.create(r, KINO.mentionYear, lit(v))));
        m.directors().forEach(v -> add.accept(Triple.create(r, KINO.mentionDirector, lit(v))));
        m.cast().forEach(v -> add.accept(Triple.create(r, KINO.mentionCast, lit(v))));
        m.films().forEach(v -> add.accept(Triple.create(r, KINO.mentionFilm, v)));
        m.credits().forEach(v -> add.accept(Triple.create(r, KINO.mentionCredit, lit(v))));
        m.actors().forEach(v -> add.accept(Triple.create(r, KINO.mentionActor, v)));
        m.characters().forEach(v -> add.accept(Triple.create(r, KINO.mentionCharacter, v)));
        m.categories().forEach(v -> add.accept(Triple.create(r, KINO.mentionCategory, lit(v))));
        m.recipients().forEach(v -> add.accept(Triple.create(r, KINO.mentionRecipient, v)));
    }

    /**
     * The blocking keys of a mention: {@code kind:key} for each of its names. Mentions minted below
     * a film have none; they are read film by film ({@code kino:mentionFilm}).
     */
    public static Set<String> blockKeys(Mention m) {
        Set<String> keys = new java.util.TreeSet<>();
        List<String> all = new ArrayList<>(m.names().keySet());
        all.addAll(m.altNames());
        for (String name : all) {
            switch (m.kind()) {
                case FILM, WORK -> {
                    Normaliser.TitleKeys k = Normaliser.titleKeys(name);
                    if (!k.full().isEmpty()) keys.add(m.kind().label() + ":" + k.full());
                    if (!k.main().isEmpty()) keys.add(m.kind().label() + ":" + k.main());
                }
                case PERSON -> add(keys, "person:", Normaliser.nameKey(name));
                case ORGANIZATION -> add(keys, "organization:", Normaliser.organizationKey(name));
                case COUNTRY -> add(keys, "country:", Normaliser.fold(name));
                default -> { }
            }
        }
        return keys;
    }

    private static void add(Set<String> keys, String prefix, String key) {
        if (!key.isEmpty()) keys.add(prefix + key);
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }

    // ---------------------------------------------------------------------------------------------
    // Reading (inside a transaction)

    /** @return the document graph of a record IRI ({@code <graph>/m/<hash>}). */
    public static Node graphOf(Node record) {
        String u = record.getURI();
        return NodeFactory.createURI(u.substring(0, u.lastIndexOf("/m/")));
    }

    /** Reads records back from the meta graph of a store (call inside a transaction). */
    public static final class Reader {
        private final DatasetGraph dsg;
        private final Node meta;

        /** @param dsg the store's dataset graph; @param ids IRI minting */
        public Reader(DatasetGraph dsg, Ids ids) {
            this.dsg = dsg;
            this.meta = ids.metaGraph();
        }

        /** @return the records of one block, one mention per record (one document's mention of one IRI). */
        public List<Mention> block(String key) {
            return records(subjects(KINO.blockKey, lit(key)));
        }

        /** @return the IRIs of the records with {@code kino:mentionFilm} this film IRI. */
        public List<Node> ofFilm(Node film) {
            return subjects(KINO.mentionFilm, film);
        }

        /** @return the kind of a record, read without the rest of it (null when it has none). */
        public Kind kind(Node r) {
            var it = dsg.find(meta, r, KINO.mentionKind, Node.ANY);
            return it.hasNext() ? Kind.of(it.next().getObject().getLiteralLexicalForm()) : null;
        }

        /** @return the records of a mention IRI, one per document that mints it. */
        public List<Mention> of(Node iri) {
            return records(subjects(KINO.mentionOf, iri));
        }

        /** @return how many records (documents) mint a mention IRI. */
        public int count(Node iri) {
            int[] n = {0};
            dsg.find(meta, Node.ANY, KINO.mentionOf, iri).forEachRemaining(q -> n[0]++);
            return n[0];
        }

        private List<Node> subjects(Node p, Node o) {
            List<Node> out = new ArrayList<>();
            dsg.find(meta, Node.ANY, p, o).forEachRemaining(q -> out.add(q.getSubject()));
            return out;
        }

        private List<Mention> records(Collection<Node> records) {
            List<Mention> out = new ArrayList<>();
            for (Node r : new LinkedHashSet<>(records)) {
                Mention m = record(r);
                if (m != null) out.add(m);
            }
            out.sort(java.util.Comparator.comparing(Mention::record, Mention.BY_IRI));
            return out;
        }

        /** @return the summary of one record, or null when it is not a whole record. */
        public Mention record(Node r) {
            Map<Node, List<Node>> props = new LinkedHashMap<>();
            dsg.find(meta, r, Node.ANY, Node.ANY).forEachRemaining(q ->
                    props.computeIfAbsent(q.getPredicate(), k -> new ArrayList<>()).add(q.getObject()));
            Node iri = first(props, KINO.mentionOf);
            Node kindLit = first(props, KINO.mentionKind);
            Kind kind = kindLit == null ? null : Kind.of(kindLit.getLiteralLexicalForm());
            if (iri == null || kind == null) return null;
            Mention m = new Mention(iri, kind).record(r);
            Node source = first(props, PROVO.wasDerivedFrom);
            Node graph = first(props, KINO.mentionedIn);
            if (graph != null) m.graph(graph);
            if (source != null) m.source(source);
            each(props, KINO.mentionName, v -> m.name(v.getLiteralLexicalForm(), source));
            each(props, KINO.mentionAltName, v -> m.altName(v.getLiteralLexicalForm()));
            each(props, KINO.mentionYear, v -> m.year(v.getLiteralLexicalForm()));
            each(props, KINO.mentionDirector, v -> m.director(v.getLiteralLexicalForm()));
            each(props, KINO.mentionCast, v -> m.castMember(v.getLiteralLexicalForm()));
            each(props, KINO.mentionFilm, m::film);
            each(props, KINO.mentionCredit, v -> m.credit(v.getLiteralLexicalForm()));
            each(props, KINO.mentionActor, m::actor);
            each(props, KINO.mentionCharacter, m::character);
            each(props, KINO.mentionCategory, v -> m.category(v.getLiteralLexicalForm()));
            each(props, KINO.mentionRecipient, m::recipient);
            return m;
        }

        private static Node first(Map<Node, List<Node>> props, Node p) {
            List<Node> v = props.get(p);
            return v == null || v.isEmpty() ? null : v.get(0);
        }

        private static void each(Map<Node, List<Node>> props, Node p, Consumer<Node> f) {
            List<Node> v = props.get(p);
            if (v != null) v.forEach(f);
        }
    }
}
