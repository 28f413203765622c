package org.kinograph.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.P_ReverseLink;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathParser;

/**
 * What {@code kinograph link} needs to know about a target graph, read from a properties file: how
 * films and people look there (class, title/label, date, duration, director, cast and name property
 * paths, label languages), whether it holds one resource per film, and how Wikipedia pages name its
 * resources. The built-in profiles are {@code wikidata}, {@code dbpedia} and {@code linkedmdb}
 * (resources {@code org/kinograph/link/targets/NAME.properties}); a new target is a new file.
 */
public final class TargetProfile {
    /** The built-in profiles. */
    public static final List<String> BUILT_IN = List.of("wikidata", "dbpedia", "linkedmdb");

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final String RESOURCES = "/org/kinograph/link/targets/";

    private final Properties props;
    private final PrefixMapping prefixes = new PrefixMappingImpl();
    private final String name;
    private final String origin;

    private TargetProfile(Properties props, String defaultName, String origin) {
        this.props = props;
        this.origin = origin;
        props.stringPropertyNames().stream().filter(k -> k.startsWith("prefix."))
                .forEach(k -> prefixes.setNsPrefix(k.substring("prefix.".length()), props.getProperty(k).trim()));
        this.name = get("name", defaultName);
        validate();
    }

    /**
     * @return a built-in profile
     * @throws IllegalArgumentException for an unknown name
     */
    public static TargetProfile builtIn(String name) {
        if (!BUILT_IN.contains(name)) {
            throw new IllegalArgumentException("unknown target " + name + " (built in: " + String.join(", ", BUILT_IN)
                    + "; or give a profile file with --profile)");
        }
        try (InputStream in = TargetProfile.class.getResourceAsStream(RESOURCES + name + ".properties")) {
            return new TargetProfile(load(new InputStreamReader(in, StandardCharsets.UTF_8)), name, "built-in " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the profile in a properties file (UTF-8); its name is the {@code name} key or the file's base name
     * @throws IllegalArgumentException when the file is incomplete or a pattern does not parse
     */
    public static TargetProfile load(java.nio.file.Path file) {
        String base = file.getFileName().toString().replaceFirst("\\.properties$", "").toLowerCase(Locale.ROOT);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new TargetProfile(load(r), base, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read profile " + file + ": " + e.getMessage(), e);
        }
    }

    private static Properties load(Reader r) throws IOException {
        Properties p = new Properties();
        p.load(r);
        return p;
    }

    private void validate() {
        if (!NAME.matcher(name).matches()) fail("name must be lower-case letters, digits and '-': " + name);
        for (String key : List.of("film.classProperty", "film.classes", "film.title")) {
            if (get(key, "").isBlank()) fail("missing " + key);
        }
        for (String key : List.of("film.classProperty", "film.title", "film.date", "film.duration", "film.director",
                "film.cast", "person.name")) {
            if (!get(key, "").isBlank()) path(key);
        }
        classes();
        if (!Set.of("minute", "second").contains(durationUnit())) fail("film.durationUnit must be minute or second");
    }

    private void fail(String why) {
        throw new IllegalArgumentException("target profile " + origin + ": " + why);
    }

    private String get(String key, String fallback) {
        String v = props.getProperty(key);
        return v == null ? fallback : v.trim();
    }

    /** @return the profile's name (the link graph is {@code graph/links/NAME}). */
    public String name() { return name; }

    /** @return a display name ("Wikidata"). */
    public String label() { return get("label", name); }

    /** @return the target's home IRI, recorded as the dataset's address. */
    public String dataset() { return get("dataset", ""); }

    /** @return the target's public SPARQL endpoint, or an empty string. */
    public String endpoint() { return get("endpoint", ""); }

    /** @return the prefixes of the patterns. */
    public PrefixMapping prefixes() { return prefixes; }

    /** @return the label languages kept (empty: all). */
    public List<String> languages() { return words(get("languages", "")); }

    /** @return true when the target holds one resource per film. */
    public boolean oneEntityPerFilm() { return Boolean.parseBoolean(get("oneEntityPerFilm", "true")); }

    /** @return "minute" or "second". */
    public String durationUnit() { return get("film.durationUnit", "minute").toLowerCase(Locale.ROOT); }

    /** @return a pattern (SPARQL property path) as written, or an empty string when not given. */
    public String pattern(String key) { return get(key, ""); }

    /** @return the IRIs of the film classes. */
    public List<Node> classes() {
        List<Node> out = new ArrayList<>();
        for (String w : words(get("film.classes", ""))) out.add(NodeFactory.createURI(iri(w)));
        if (out.isEmpty()) fail("film.classes is empty");
        return out;
    }

    private String iri(String word) {
        if (word.startsWith("<") && word.endsWith(">")) return word.substring(1, word.length() - 1);
        if (word.contains("://")) return word;
        String expanded = prefixes.expandPrefix(word);
        if (expanded.equals(word)) fail("unknown prefix in " + word);
        return expanded;
    }

    /** @return the Wikipedia language whose pages name this target's resources, or null. */
    public String wikipediaLanguage() {
        String w = get("direct.wikipedia", "");
        return w.isEmpty() || get("direct.resourceBase", "").isEmpty() ? null : w;
    }

    /** @return the namespace of resources named after Wikipedia pages ("http://dbpedia.org/resource/"). */
    public String resourceBase() { return get("direct.resourceBase", ""); }

    /** @return the parsed path of a pattern key. */
    Path path(String key) {
        try {
            return PathParser.parse(get(key, ""), prefixes);
        } catch (RuntimeException e) {
            fail(key + " is not a SPARQL property path: " + get(key, "") + " (" + e.getMessage() + ")");
            return null;
        }
    }

    /**
     * @return every predicate the patterns use, or null when a pattern cannot be reduced to a set of
     *         predicates (a negated property set): then a file is read whole
     */
    public Set<Node> predicates() {
        Set<Node> out = new HashSet<>();
        for (String key : List.of("film.classProperty", "film.title", "film.date", "film.duration", "film.director",
                "film.cast", "person.name")) {
            if (!get(key, "").isBlank() && !collect(path(key), out)) return null;
        }
        return out;
    }

    /** @return false when the path holds a step that is not a plain predicate (a negated set). */
    private static boolean collect(Path p, Set<Node> out) {
        if (p instanceof P_Link l) return out.add(l.getNode()) || true;
        if (p instanceof P_ReverseLink l) return out.add(l.getNode()) || true;
        if (p instanceof P_Path1 one) return collect(one.getSubPath(), out);
        if (p instanceof P_Path2 two) return collect(two.getLeft(), out) && collect(two.getRight(), out);
        return false;
    }

    private static List<String> words(String s) {
        return s.isBlank() ? List.of() : Arrays.asList(s.trim().split("[\\s,]+"));
    }

    @Override
    public String toString() {
        return label() + " (" + origin + ")";
    }
}
