package org.kinograph.vocab;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Mints Kinograph's deterministic, readable IRIs (see docs/mapping.md): the same name gives the
 * same IRI in every document and every run.
 */
public final class Ids {
    /** The default base for minted resources. */
    public static final String DEFAULT_BASE = "https://w3id.org/kinograph/id/";

    private static final Pattern MARKS = Pattern.compile("(?<=\\p{IsLatin})\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final String base;

    /** @param base the base IRI, ending in '/' (one is added otherwise). */
    public Ids(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** @return minting under {@link #DEFAULT_BASE} or {@code KINOGRAPH_BASE} when it is set. */
    public static Ids fromEnvironment() {
        String env = System.getenv("KINOGRAPH_BASE");
        return new Ids(env == null || env.isBlank() ? DEFAULT_BASE : env.trim());
    }

    /** @return the base IRI, ending in '/'. */
    public String base() {
        return base;
    }

    /**
     * Folds a name into an IRI path segment: NFKD, marks on Latin letters removed ("ō" → "o";
     * kana keep their voicing marks), lower case, non-letters and non-digits collapsed into '-'.
     *
     * @param text any name
     * @return the slug, possibly empty when the text has no letter or digit
     */
    public static String slug(String text) {
        String decomposed = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String folded = Normalizer.normalize(decomposed, Normalizer.Form.NFC);
        String lower = folded.toLowerCase(Locale.ROOT);
        String dashed = NOT_WORD.matcher(lower).replaceAll("-");
        return trimDashes(dashed);
    }

    private static String trimDashes(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && s.charAt(b) == '-') b++;
        while (e > b && s.charAt(e - 1) == '-') e--;
        return s.substring(b, e);
    }

    /**
     * @return true when the node is one of Kinograph's provenance resources (reifiers, document
     *         graphs, sources, activities, agents) rather than a thing the documents talk about
     */
    public boolean isProvenance(Node n) {
        if (!n.isURI()) return false;
        String u = n.getURI();
        return u.startsWith(base) && PROVENANCE_KINDS.contains(u.substring(base.length()).replaceFirst("/.*", ""));
    }

    private static final java.util.Set<String> PROVENANCE_KINDS = java.util.Set.of("graph", "source", "activity", "agent");

    /** @return the IRI node {@code base + kind + "/" + slug(name)}. */
    public Node entity(String kind, String name) {
        return NodeFactory.createURI(base + kind + "/" + slug(name));
    }

    /** @return the film IRI {@code film/<slug(title)>-<year>}, without the year when it is null. */
    public Node film(String title, String year) {
        String s = slug(title);
        return NodeFactory.createURI(base + "film/" + (year == null ? s : s + "-" + year));
    }

    /** @return an IRI below another minted one: {@code parent/kind/slug(key)}. */
    public static Node child(Node parent, String kind, String key) {
        return NodeFactory.createURI(parent.getURI() + "/" + kind + "/" + slug(key));
    }

    /** @return the named graph of a document version. */
    public Node graph(String sourceId) {
        return NodeFactory.createURI(base + "graph/" + sourceId);
    }

    /** @return the meta graph describing sources and document graphs. */
    public Node metaGraph() {
        return NodeFactory.createURI(base + "graph/meta");
    }

    /** @return the graph where entity resolution records its merges and alternate names. */
    public Node resolutionGraph() {
        return NodeFactory.createURI(base + "graph/resolution");
    }

    /** @return the graph where the conflicts between sources are materialised. */
    public Node conflictsGraph() {
        return NodeFactory.createURI(base + "graph/conflicts");
    }

    /** @return true for a document graph ({@code graph/<source-id>}), false for meta, resolution, conflicts. */
    public boolean isDocumentGraph(Node g) {
        if (!g.isURI() || !g.getURI().startsWith(base + "graph/")) return false;
        String rest = g.getURI().substring(base.length() + "graph/".length());
        return rest.matches("[0-9a-f]{16}");
    }

    /** @return the source (document version) IRI. */
    public Node source(String sourceId) {
        return NodeFactory.createURI(base + "source/" + sourceId);
    }

    /** @return the activity that generated a document graph. */
    public Node activity(String sourceId) {
        return NodeFactory.createURI(base + "activity/" + sourceId);
    }

    /** @return the graph of the links to one target ({@code graph/links/<target>}). */
    public Node linkGraph(String target) {
        return NodeFactory.createURI(base + "graph/links/" + target);
    }

    /** @return a target dataset as used for linking ({@code dataset/<target>}). */
    public Node dataset(String target) {
        return NodeFactory.createURI(base + "dataset/" + target);
    }

    /** @return one run of linking to a target ({@code activity/links/<target>/<stamp>}). */
    public Node linkActivity(String target, String stamp) {
        return NodeFactory.createURI(base + "activity/links/" + target + "/" + stamp);
    }

    /** @return the software agent of a mapper. */
    public Node agent(String name) {
        return NodeFactory.createURI(base + "agent/" + slug(name));
    }
}
