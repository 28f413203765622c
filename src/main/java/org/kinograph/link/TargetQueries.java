package org.kinograph.link;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * The SELECT queries a {@link TargetProfile} stands for. Every query restricts {@code ?film} to the
 * profile's film classes; {@code films} may be null (every film) or a block of film IRIs, sent as
 * a {@code VALUES} block.
 */
final class TargetQueries {
    private final TargetProfile profile;

    TargetQueries(TargetProfile profile) {
        this.profile = profile;
    }

    /** @return one page of film IRIs, in IRI order. */
    String scan(int limit, long offset) {
        return prologue() + "SELECT DISTINCT ?film WHERE {\n" + type() + "}\nORDER BY ?film LIMIT " + limit
                + " OFFSET " + offset + "\n";
    }

    /** @return the films having one of these titles as a title or label, in any kept language or none. */
    String lookup(Collection<String> titles) {
        String values = titles.stream().flatMap(t -> literals(t).stream()).collect(Collectors.joining(" "));
        return prologue() + "SELECT DISTINCT ?film WHERE {\n  VALUES ?v { " + values + " }\n  ?film "
                + profile.pattern("film.title") + " ?v .\n" + type() + "}\n";
    }

    /** @return (?film, ?v) for a single-valued pattern key ("film.title", "film.date", "film.duration"). */
    String values(String key, Collection<String> films) {
        String filter = key.equals("film.title") ? languageFilter("?v") : "";
        return prologue() + "SELECT ?film ?v WHERE {\n" + films(films) + type() + "  ?film " + profile.pattern(key)
                + " ?v .\n" + filter + "}\n";
    }

    /** @return (?film, ?person, ?name) for "film.director" or "film.cast"; ?name may be unbound. */
    String people(String key, Collection<String> films) {
        String names = profile.pattern("person.name").isEmpty() ? ""
                : "  OPTIONAL { ?person " + profile.pattern("person.name") + " ?name .\n  " + languageFilter("?name")
                        + "  }\n";
        return prologue() + "SELECT ?film ?person ?name WHERE {\n" + films(films) + type() + "  ?film "
                + profile.pattern(key) + " ?person .\n" + names + "}\n";
    }

    private String prologue() {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : profile.prefixes().getNsPrefixMap().entrySet()) {
            b.append("PREFIX ").append(e.getKey()).append(": <").append(e.getValue()).append(">\n");
        }
        return b.toString();
    }

    private String type() {
        String classes = profile.classes().stream().map(FmtUtils::stringForNode).collect(Collectors.joining(" "));
        return "  ?film " + profile.pattern("film.classProperty") + " ?filmClass .\n  VALUES ?filmClass { " + classes
                + " }\n";
    }

    private static String films(Collection<String> films) {
        if (films == null) return "";
        return "  VALUES ?film { " + films.stream().map(f -> FmtUtils.stringForNode(NodeFactory.createURI(f)))
                .collect(Collectors.joining(" ")) + " }\n";
    }

    private java.util.List<String> literals(String title) {
        java.util.List<String> out = new java.util.ArrayList<>();
        out.add(FmtUtils.stringForNode(NodeFactory.createLiteralString(title)));
        for (String lang : profile.languages()) out.add(FmtUtils.stringForNode(NodeFactory.createLiteralLang(title, lang)));
        return out;
    }

    private String languageFilter(String var) {
        if (profile.languages().isEmpty()) return "";
        String ranges = profile.languages().stream().map(l -> "langMatches(lang(" + var + "), \"" + l + "\")")
                .collect(Collectors.joining(" || "));
        return "  FILTER(!isLiteral(" + var + ") || lang(" + var + ") = \"\" || " + ranges + ")\n";
    }

}
