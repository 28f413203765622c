package org.kinograph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.KINO;

/**
 * Computes the {@link Plan} from the mention index, kind by kind, block by block, one record (one
 * document's mention of an IRI) at a time:
 * <ol>
 * <li>films, in blocks of one title key: the same year joins; a film without a year joins the one
 *     film of its title that has a year (several: only with a director or cast member in common);
 *     films without a year and no dated film of their title join each other;</li>
 * <li>people, in blocks of one name key (tokens sorted), then film by film for names that are
 *     only alike;</li>
 * <li>organizations, countries, source works, in blocks of their keys;</li>
 * <li>film by film (the records below one resolved film): characters, cast entries, accolades.</li>
 * </ol>
 * Films, actors and characters a record points to are compared as resolved (the same document's
 * record of that IRI, and its cluster). Memory holds every record of the kind being clustered as
 * an IRI with its parent and decisions, the summaries (names, a few IRIs) of all but people, and
 * of people only the last {@link #PEOPLE_HELD} used (then, film by film, the person records' IRIs
 * alone); never a document graph.
 */
final class Planner {
    private static final Comparator<Mention> FILM_ORDER = Comparator.comparing((Mention m) -> m.year() == null)
            .thenComparingInt(m -> -m.support());
    private static final Comparator<Mention> BY_SUPPORT = Comparator.comparingInt(m -> -m.support());
    private static final Comparator<Mention> MOST_NAMES = Comparator.comparingInt((Mention m) -> -longest(m))
            .thenComparingInt(m -> -m.support());
    private static final Comparator<Mention> ACCOLADE_ORDER = Comparator.comparing((Mention m) -> m.year() == null)
            .thenComparingInt(m -> -longest(m)).thenComparingInt(m -> -m.support());
    private static final Function<Node, Node> AS_IS = n -> n;

    /**
     * Person summaries held while people are clustered: one per 8 KB of maximum heap (65,536 in
     * 512 MB), the others read again from the index when needed, so that a corpus with more
     * people than that needs no more heap for them.
     */
    static final int PEOPLE_HELD = (int) Math.max(4096, Runtime.getRuntime().maxMemory() / 8192);

    private final DatasetGraph dsg;
    private final Ids ids;
    private final int peopleHeld;
    private final MentionRecords.Reader index;
    private final Plan plan;
    /** Every record that resolves to another IRI than its own → that IRI (a record not here is itself). */
    private final Map<Node, Node> resolved = new HashMap<>();
    /** Film clusters: canonical film → its records (each only its IRI and record: all that is read below a film). */
    private final Map<Node, List<Mention>> filmGroups = new TreeMap<>(Mention.BY_IRI);
    private final Map<Node, Plan.Merge> filmMerges = new HashMap<>();
    /**
     * The person records, once people are clustered: what is below a film and not one of these
     * is read whole without reading its kind first. Fewer IRIs than people's clustering held.
     */
    private Set<Node> personRecords = Set.of();
    /** Block keys by kind label, read once. */
    private Map<String, SortedSet<String>> blockKeys;

    Planner(DatasetGraph dsg, Ids ids) {
        this(dsg, ids, PEOPLE_HELD);
    }

    /** For tests: {@code peopleHeld} person summaries held at most. */
    Planner(DatasetGraph dsg, Ids ids, int peopleHeld) {
        this.dsg = dsg;
        this.ids = ids;
        this.peopleHeld = peopleHeld;
        this.index = new MentionRecords.Reader(dsg, ids);
        this.plan = new Plan(ids.base());
    }

    Plan plan() {
        films();
        people();
        simple(Kind.ORGANIZATION, MentionMatcher::sameOrganization, BY_SUPPORT);
        simple(Kind.COUNTRY, MentionMatcher::sameCountry, BY_SUPPORT);
        simple(Kind.WORK, (a, b) -> MentionMatcher.sameWork(a, b, AS_IS), MOST_NAMES);
        for (Map.Entry<Node, List<Mention>> g : filmGroups.entrySet()) children(g.getKey(), g.getValue());
        sameAs();
        return plan;
    }

    /**
     * States {@code owl:sameAs} for the mention IRIs every record of which resolves to one other
     * IRI: the merged IRIs whose records (counted in the index) are all merged to one target.
     */
    private void sameAs() {
        Map<Node, List<Node>> targets = new TreeMap<>(Mention.BY_IRI);
        for (Plan.Merge m : plan.merges().values()) {
            targets.computeIfAbsent(m.mention(), k -> new ArrayList<>()).add(m.canonical());
        }
        targets.forEach((iri, to) -> {
            if (new HashSet<>(to).size() == 1 && index.count(iri) == to.size()) plan.sameAs(iri, to.get(0));
        });
    }

    /** Records where a record resolves; only records that become another IRI are kept. */
    private void note(Mention m, Node to) {
        if (to.equals(m.iri())) resolved.remove(m.record());
        else resolved.put(m.record(), to);
    }

    /** @return what an IRI of a document graph resolves to (itself when its record is not resolved). */
    private Node resolve(Node graph, Node iri) {
        if (graph == null || iri == null || !iri.isURI()) return iri;
        return resolved.getOrDefault(MentionRecords.record(graph, iri), iri);
    }

    /** @return a record with its films, actors and characters as resolved in its own document. */
    private Mention resolvedView(Mention m) {
        Node g = m.graph();
        return m.resolved(n -> resolve(g, n));
    }

    // ---------------------------------------------------------------------------------------------

    /** @return the block keys of one kind, in order (all kinds are read in one pass over the index, once). */
    private SortedSet<String> keys(Kind kind) {
        if (blockKeys == null) {
            blockKeys = new HashMap<>();
            dsg.find(ids.metaGraph(), Node.ANY, KINO.blockKey, Node.ANY).forEachRemaining(q -> {
                String k = q.getObject().getLiteralLexicalForm();
                int colon = k.indexOf(':');
                if (colon > 0) blockKeys.computeIfAbsent(k.substring(0, colon), x -> new TreeSet<>()).add(k);
            });
        }
        return blockKeys.getOrDefault(kind.label(), new TreeSet<>());
    }

    /** @return the records of a block, registered (a record already seen in another block is the same object). */
    private List<Mention> block(Clusters c, String key, boolean resolvedView) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : index.block(key)) out.add(registered(c, m, resolvedView));
        return out;
    }

    /**
     * @return the registered summary of a record read from the index; a new record is registered,
     *         as resolved in its own document when {@code resolvedView}, else as read
     */
    private Mention registered(Clusters c, Mention m, boolean resolvedView) {
        return c.contains(m.record()) ? c.mention(m.record()) : c.add(resolvedView ? resolvedView(m) : m);
    }

    private static int longest(Mention m) {
        int n = 0;
        for (String name : m.names().keySet()) n = Math.max(n, Normaliser.tokens(name).size());
        for (String name : m.altNames()) n = Math.max(n, Normaliser.tokens(name).size());
        return n;
    }

    // ---------------------------------------------------------------------------------------------
    // Films

    private void films() {
        Clusters c = new Clusters();
        Map<Node, Map<Node, Decision>> candidates = new TreeMap<>(Mention.BY_IRI);
        Map<Node, Set<Node>> sameTitle = new HashMap<>();
        List<Clusters.Edge> undated = new ArrayList<>();
        for (String key : keys(Kind.FILM)) {
            List<Mention> ms = block(c, key, false);
            List<Mention> dated = ms.stream().filter(m -> m.year() != null).toList();
            List<Mention> yearless = ms.stream().filter(m -> m.year() == null).toList();
            join(c, dated, MentionMatcher::sameFilm);
            if (!dated.isEmpty()) {
                for (Mention y : yearless) {
                    for (Mention d : dated) {
                        if (MentionMatcher.sharedTitleKey(y, d) == null) continue;
                        sameTitle.computeIfAbsent(y.record(), k -> new TreeSet<>(Mention.BY_IRI)).add(d.record());
                        Decision dec = MentionMatcher.sameFilm(y, d);
                        if (dec.same()) candidates.computeIfAbsent(y.record(), k -> new TreeMap<>(Mention.BY_IRI))
                                .put(d.record(), dec);
                    }
                }
            } else {
                pairs(yearless, (a, b) -> {
                    Decision d = MentionMatcher.sameFilm(a, b);
                    if (d.same()) undated.add(new Clusters.Edge(a.record(), b.record(), d));
                });
            }
        }
        // A film without a year joins the one dated film of its title; when several films of its
        // title have a year, only the one it shares a director or cast member with.
        for (Map.Entry<Node, Map<Node, Decision>> e : candidates.entrySet()) {
            Node y = e.getKey();
            Set<Node> films = new TreeSet<>(Mention.BY_IRI);
            sameTitle.get(y).forEach(d -> films.add(c.find(d)));
            Map<Node, Decision> options = e.getValue();
            if (films.size() > 1) {
                options = new TreeMap<>(Mention.BY_IRI);
                for (Node d : e.getValue().keySet()) {
                    Decision dec = MentionMatcher.sameFilmAmongSeveral(c.mention(y), c.mention(d));
                    if (dec.same()) options.put(d, dec);
                }
            }
            Set<Node> roots = new TreeSet<>(Mention.BY_IRI);
            options.keySet().forEach(d -> roots.add(c.find(d)));
            if (roots.size() != 1) continue;
            Map.Entry<Node, Decision> best = options.entrySet().stream()
                    .min(Comparator.<Map.Entry<Node, Decision>>comparingDouble(x -> -x.getValue().confidence())
                            .thenComparing(Map.Entry::getKey, Mention.BY_IRI))
                    .orElseThrow();
            c.union(y, best.getKey(), best.getValue());
        }
        for (Clusters.Edge e : undated) {
            if (!sameTitle.containsKey(e.a()) && !sameTitle.containsKey(e.b())) c.union(e.a(), e.b(), e.decision());
        }
        for (Map.Entry<Node, Node> e : settle(c, Kind.FILM, FILM_ORDER, true).entrySet()) {
            Mention film = c.mention(e.getKey());
            filmGroups.computeIfAbsent(e.getValue(), k -> new ArrayList<>())
                    .add(new Mention(film.iri(), Kind.FILM).record(film.record()));
        }
        for (Plan.Merge m : plan.merges().values()) filmMerges.put(m.record(), m);
    }

    // ---------------------------------------------------------------------------------------------
    // People

    private void people() {
        Clusters c = new Clusters(peopleHeld, r -> resolvedView(index.record(r)));
        for (String key : keys(Kind.PERSON)) {
            join(c, block(c, key, true), (a, b) -> MentionMatcher.samePerson(a, b, AS_IS));
        }
        // Names that are only alike: compared among the people credited on one film.
        for (List<Mention> films : filmGroups.values()) {
            List<Mention> credited = new ArrayList<>();
            for (Node r : below(films, rec -> c.contains(rec) || index.kind(rec) == Kind.PERSON)) {
                Mention m = c.contains(r) ? c.mention(r) : index.record(r);
                if (m != null) credited.add(registered(c, m, true));
            }
            Map<Node, Node> bestOther = new HashMap<>();
            Map<Node, Decision> bestDecision = new HashMap<>();
            Set<Node> ambiguous = new HashSet<>();
            pairs(credited, (a, b) -> {
                if (c.same(a.record(), b.record())) return;
                Decision d = MentionMatcher.similarPerson(a, b, AS_IS);
                if (!d.same()) return;
                for (Node[] ab : new Node[][] {{a.record(), b.record()}, {b.record(), a.record()}}) {
                    Decision prev = bestDecision.get(ab[0]);
                    if (prev == null || d.similarity() > prev.similarity()) {
                        bestDecision.put(ab[0], d);
                        bestOther.put(ab[0], ab[1]);
                        ambiguous.remove(ab[0]);
                    } else if (d.similarity().equals(prev.similarity()) && !c.same(bestOther.get(ab[0]), ab[1])) {
                        ambiguous.add(ab[0]);
                    }
                }
            });
            Map<Node, Node> ordered = new TreeMap<>(Mention.BY_IRI);
            ordered.putAll(bestOther);
            for (Map.Entry<Node, Node> e : ordered.entrySet()) {
                Node a = e.getKey();
                Node b = e.getValue();
                if (ambiguous.contains(a) || ambiguous.contains(b) || !a.equals(bestOther.get(b))) continue;
                if (Mention.BY_IRI.compare(a, b) < 0) c.union(a, b, bestDecision.get(a));
            }
        }
        settle(c, Kind.PERSON, BY_SUPPORT, true);
        personRecords = c.registered();
    }

    /**
     * @return the IRIs of the records minted below the films of one cluster, or pointing at them,
     *         in those films' documents, that {@code keep} accepts, in IRI order
     */
    private List<Node> below(List<Mention> films, Predicate<Node> keep) {
        Set<Node> records = new HashSet<>();
        films.forEach(f -> records.add(f.record()));
        Set<Node> out = new TreeSet<>(Mention.BY_IRI);
        for (Mention f : films) {
            for (Node r : index.ofFilm(f.iri())) {
                if (!out.contains(r) && records.contains(MentionRecords.record(MentionRecords.graphOf(r), f.iri()))
                        && keep.test(r)) {
                    out.add(r);
                }
            }
        }
        return new ArrayList<>(out);
    }

    // ---------------------------------------------------------------------------------------------
    // Organizations, countries, works

    private void simple(Kind kind, BiFunction<Mention, Mention, Decision> same, Comparator<Mention> order) {
        Clusters c = new Clusters();
        for (String key : keys(kind)) {
            join(c, block(c, key, true), same);
        }
        settle(c, kind, order, true);
    }

    // ---------------------------------------------------------------------------------------------
    // Below a film: characters, cast entries, accolades

    private void children(Node canonicalFilm, List<Mention> films) {
        Map<Kind, Clusters> byKind = new LinkedHashMap<>();
        for (Kind k : List.of(Kind.CHARACTER, Kind.ROLE, Kind.ACCOLADE)) byKind.put(k, new Clusters());
        Map<Node, Node> moved = new HashMap<>();
        List<Mention> later = new ArrayList<>();
        for (Node r : below(films, rec -> !personRecords.contains(rec))) {
            Mention m = index.record(r);
            if (m == null || !m.kind().belowFilm()) continue;
            moved.put(m.record(), movedBelow(canonicalFilm, m.iri()));
            if (m.kind() == Kind.CHARACTER) byKind.get(m.kind()).add(resolvedView(m));
            else later.add(m);
        }
        Map<Node, Node> characterOf = characters(byKind.get(Kind.CHARACTER), moved);
        for (Mention m : byKind.get(Kind.CHARACTER).all()) {
            note(m, characterOf.getOrDefault(m.record(), moved.get(m.record())));
        }
        // cast entries and accolades compare characters as resolved
        for (Mention m : later) byKind.get(m.kind()).add(resolvedView(m));
        Map<Node, Node> roleOf = new HashMap<>();
        Map<Node, Decision> roleWhy = new HashMap<>();
        roles(canonicalFilm, byKind.get(Kind.ROLE), moved, roleOf, roleWhy);
        Map<Node, Node> accoladeOf = accolades(byKind.get(Kind.ACCOLADE), moved);
        Map<Node, Node> target = new HashMap<>(characterOf);
        target.putAll(roleOf);
        target.putAll(accoladeOf);
        for (Clusters c : byKind.values()) {
            for (Mention m : c.all()) {
                Node original = m.iri();
                Node pc = moved.get(m.record());
                Node to = target.getOrDefault(m.record(), pc);
                note(m, to);
                if (to.equals(original)) continue;
                Plan.Merge film = filmMerges.get(MentionRecords.record(m.graph(), Kind.filmOf(ids.base(), original)));
                Decision d;
                Node via = null;
                Set<Node> sources = new TreeSet<>(Mention.BY_IRI);
                sources.addAll(m.sources());
                if (to.equals(pc)) {
                    d = Decision.yes("resolve/follows-film", film == null ? 1.0 : film.decision().confidence(), null,
                            List.of("minted below " + Kind.filmOf(ids.base(), original).getURI() + ", which is "
                                    + canonicalFilm.getURI()));
                    if (film != null) sources.addAll(film.sources());
                } else if (m.kind() == Kind.ROLE) {
                    d = roleWhy.get(m.record());
                    Clusters.Edge e = c.best(m.record());
                    if (e != null) {
                        via = moved.get(e.other(m.record()));
                        sources.addAll(c.mention(e.other(m.record())).sources());
                    }
                } else {
                    Clusters.Why why = c.why(m.record(), x -> moved.get(x).equals(to), moved::get);
                    d = why.decision();
                    via = why.via();
                    why.records().forEach(x -> sources.addAll(c.mention(x).sources()));
                }
                if (!pc.equals(original) && !to.equals(pc)) {
                    List<String> ev = new ArrayList<>(d.evidence());
                    ev.add("minted below " + Kind.filmOf(ids.base(), original).getURI() + ", which is "
                            + canonicalFilm.getURI());
                    d = new Decision(true, d.method(), d.confidence(), List.copyOf(ev), d.matchKey(), d.similarity(),
                            d.sharedFilm());
                }
                plan.add(new Plan.Merge(m.record(), original, to, m.kind(), d, via, sources));
            }
        }
    }

    private Node movedBelow(Node canonicalFilm, Node child) {
        Node f = Kind.filmOf(ids.base(), child);
        return NodeFactory.createURI(canonicalFilm.getURI() + child.getURI().substring(f.getURI().length()));
    }

    private Map<Node, Node> characters(Clusters c, Map<Node, Node> moved) {
        List<Mention> all = new ArrayList<>();
        c.all().forEach(all::add);
        List<String> longer = new ArrayList<>();
        for (Mention m : all) {
            for (String n : m.names().keySet()) {
                if (Normaliser.tokens(n).size() > 1) longer.add(Normaliser.nameKey(n));
            }
        }
        pairs(all, (a, b) -> {
            Decision d = MentionMatcher.sameCharacter(a, b, longer, AS_IS);
            if (d.same()) c.union(a.record(), b.record(), d);
        });
        return canonicalBelow(c, Kind.CHARACTER, MOST_NAMES, moved, true);
    }

    /**
     * Cast entries: one per actor of the film (the actor as resolved); an entry that lost its actor
     * joins the one entry with an actor whose character is the same. An entry with an actor is
     * named {@code <film>/role/<the resolved actor's IRI name>}.
     */
    private void roles(Node canonicalFilm, Clusters c, Map<Node, Node> moved, Map<Node, Node> out,
            Map<Node, Decision> why) {
        Map<Node, List<Mention>> byActor = new TreeMap<>(Mention.BY_IRI);
        List<Mention> actorless = new ArrayList<>();
        for (Mention m : c.all()) {
            if (m.actors().isEmpty()) actorless.add(m);
            else byActor.computeIfAbsent(m.actors().iterator().next(), k -> new ArrayList<>()).add(m);
        }
        for (Map.Entry<Node, List<Mention>> e : byActor.entrySet()) {
            Node actor = e.getKey();
            String seg = actor.getURI().substring(actor.getURI().lastIndexOf('/') + 1);
            Node canonical = NodeFactory.createURI(canonicalFilm.getURI() + "/role/" + seg);
            Decision d = Decision.yes("resolve/role-same-actor", 0.95, null,
                    List.of("same film " + canonicalFilm.getURI(), "same actor " + actor.getURI()));
            List<Mention> ms = e.getValue();
            for (int i = 1; i < ms.size(); i++) c.union(ms.get(0).record(), ms.get(i).record(), d);
            for (Mention m : ms) {
                out.put(m.record(), canonical);
                why.put(m.record(), d);
            }
        }
        for (Mention m : actorless) {
            Set<Node> groups = new TreeSet<>(Mention.BY_IRI);
            Mention match = null;
            for (Map.Entry<Node, List<Mention>> e : byActor.entrySet()) {
                for (Mention r : e.getValue()) {
                    Set<Node> shared = new HashSet<>(r.characters());
                    shared.retainAll(m.characters());
                    if (!shared.isEmpty()) {
                        groups.add(e.getKey());
                        if (match == null) match = r;
                    }
                }
            }
            if (groups.size() != 1) continue;
            Node actor = groups.iterator().next();
            Decision d = Decision.yes("resolve/role-same-character", 0.8, null, List.of("same film "
                    + canonicalFilm.getURI(), "same character " + m.characters().iterator().next().getURI(),
                    "the only cast entry of that character with an actor (" + actor.getURI() + ")"));
            c.union(m.record(), match.record(), d);
            out.put(m.record(), out.get(match.record()));
            why.put(m.record(), d);
        }
        Set<Node> entities = new HashSet<>();
        c.all().forEach(m -> entities.add(out.getOrDefault(m.record(), moved.get(m.record()))));
        plan.count(c.size(), entities.size());
    }

    private Map<Node, Node> accolades(Clusters c, Map<Node, Node> moved) {
        List<Mention> all = new ArrayList<>();
        c.all().forEach(all::add);
        List<Mention> dated = all.stream().filter(m -> m.year() != null).toList();
        List<Mention> yearless = all.stream().filter(m -> m.year() == null).toList();
        pairs(dated, (a, b) -> {
            Decision d = MentionMatcher.sameAccolade(a, b);
            if (d.same()) c.union(a.record(), b.record(), d);
        });
        Set<Node> placed = new HashSet<>();
        for (Mention y : yearless) {
            Map<Node, Decision> options = new TreeMap<>(Mention.BY_IRI);
            for (Mention d : dated) {
                Decision dec = MentionMatcher.sameAccolade(y, d);
                if (dec.same()) options.put(d.record(), dec);
            }
            Set<Node> roots = new TreeSet<>(Mention.BY_IRI);
            options.keySet().forEach(d -> roots.add(c.find(d)));
            if (!options.isEmpty()) placed.add(y.record());
            if (roots.size() == 1) {
                Node d = options.keySet().iterator().next();
                c.union(y.record(), d, options.get(d));
            }
        }
        pairs(yearless, (a, b) -> {
            if (placed.contains(a.record()) || placed.contains(b.record())) return;
            Decision d = MentionMatcher.sameAccolade(a, b);
            if (d.same()) c.union(a.record(), b.record(), d);
        });
        return canonicalBelow(c, Kind.ACCOLADE, ACCOLADE_ORDER, moved, false);
    }

    /** Chooses each cluster's IRI (among the IRIs the records have below the canonical film). */
    private Map<Node, Node> canonicalBelow(Clusters c, Kind kind, Comparator<Mention> order, Map<Node, Node> moved,
            boolean names) {
        Map<Node, Node> out = new HashMap<>();
        Map<Node, List<Node>> groups = c.groups();
        for (List<Node> members : groups.values()) {
            Map<Node, Mention> byMoved = new TreeMap<>(Mention.BY_IRI);
            for (Node r : members) {
                Mention m = c.mention(r);
                byMoved.computeIfAbsent(moved.get(r), k -> new Mention(k, kind)).absorb(m);
            }
            Node canonical = byMoved.values().stream().min(order.thenComparing(Mention::iri, Mention.BY_IRI))
                    .orElseThrow().iri();
            members.forEach(m -> out.put(m, canonical));
            if (names) alternates(c, members, canonical, byMoved.get(canonical).preferredName());
        }
        plan.count(c.size(), groups.size());
        return out;
    }

    // ---------------------------------------------------------------------------------------------

    /** Chooses each cluster's IRI, records the merges and alternate names; @return record → canonical. */
    private Map<Node, Node> settle(Clusters c, Kind kind, Comparator<Mention> order, boolean names) {
        Map<Node, Node> out = new HashMap<>();
        Map<Node, List<Node>> groups = c.groups();
        for (List<Node> members : groups.values()) {
            Node canonical = c.canonical(members, order);
            for (Node r : members) {
                Mention m = c.mention(r);
                out.put(r, canonical);
                note(m, canonical);
                if (m.iri().equals(canonical)) continue;
                Clusters.Why why = c.why(r, x -> c.mention(x).iri().equals(canonical), x -> c.mention(x).iri());
                Set<Node> sources = new TreeSet<>(Mention.BY_IRI);
                why.records().forEach(x -> sources.addAll(c.mention(x).sources()));
                plan.add(new Plan.Merge(r, m.iri(), canonical, kind, why.decision(), why.via(), sources));
            }
            if (names) alternates(c, members, canonical, c.byIri(members).get(canonical).preferredName());
        }
        plan.count(c.size(), groups.size());
        return out;
    }

    /** Every name of the cluster other than the canonical IRI's own becomes an alternate name. */
    private void alternates(Clusters c, List<Node> members, Node canonical, String preferred) {
        Map<String, Double> confidence = new TreeMap<>();
        Map<String, Set<Node>> sources = new TreeMap<>();
        for (Node r : members) {
            Mention m = c.mention(r);
            Clusters.Edge e = c.best(r);
            double conf = e == null ? 1.0 : e.decision().confidence();
            m.names().forEach((name, src) -> {
                if (name.equals(preferred)) return;
                confidence.merge(name, conf, Math::max);
                sources.computeIfAbsent(name, k -> new TreeSet<>(Mention.BY_IRI)).addAll(src);
            });
        }
        confidence.forEach((name, conf) -> plan.add(new Plan.AlternateName(canonical, name, conf, sources.get(name))));
    }

    /**
     * Joins the mentions of a block that the matcher finds the same. Mentions with the same
     * evidence ({@link Mention#evidence()}) get the same decision against any other, so each such
     * group is compared once, through its first record, and its members are joined to that record:
     * a block of n mentions of one common name costs n, not n² comparisons and edges. Two mentions
     * already joined (through others) are not compared again: the entity is the same either way, and
     * an actor named in thousands of documents would otherwise keep a decision for every pair.
     */
    private static void join(Clusters c, List<Mention> ms, BiFunction<Mention, Mention, Decision> same) {
        Map<String, List<Mention>> groups = new LinkedHashMap<>();
        for (Mention m : ms) groups.computeIfAbsent(m.evidence(), k -> new ArrayList<>()).add(m);
        List<Mention> firsts = new ArrayList<>();
        for (List<Mention> g : groups.values()) {
            Mention first = g.get(0);
            Decision d = g.size() > 1 ? same.apply(first, g.get(1)) : null;
            if (d == null || !d.same()) {
                firsts.addAll(g); // not the same as each other: every one is compared
                continue;
            }
            firsts.add(first);
            for (Mention m : g.subList(1, g.size())) {
                if (!m.record().equals(first.record())) c.union(first.record(), m.record(), d);
            }
        }
        pairs(firsts, (a, b) -> {
            if (c.same(a.record(), b.record())) return;
            Decision d = same.apply(a, b);
            if (d.same()) c.union(a.record(), b.record(), d);
        });
    }

    private static void pairs(List<Mention> ms, BiConsumer<Mention, Mention> f) {
        for (int i = 0; i < ms.size(); i++) {
            for (int j = i + 1; j < ms.size(); j++) {
                if (!ms.get(i).record().equals(ms.get(j).record())) f.accept(ms.get(i), ms.get(j));
            }
        }
    }
}
