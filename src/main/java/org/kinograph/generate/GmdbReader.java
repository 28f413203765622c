package org.kinograph.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.vocabulary.RDFS;

/**
 * Reads a gmdb-films folder with Jena's RDF/XML parser, streaming (no model is built): per year
 * folder, {@code films.rdf} (labels, {@code movies:year}), {@code directors.rdf}
 * ({@code movies:directedBy}, director labels) and {@code starring.rdf} ({@code movies:starring},
 * actor labels). {@code abstracts.rdf} is not read.
 */
final class GmdbReader {
    static final String MOVIES = "http://www.taotesting.com/movies.rdf#";
    private static final String YEAR = MOVIES + "year";
    private static final String DIRECTED_BY = MOVIES + "directedBy";
    private static final String STARRING = MOVIES + "starring";

    /** Ignores warnings (odd IRIs abound), throws on errors without logging them: the caller reports the file. */
    private static final ErrorHandler QUIET = ErrorHandlerFactory.errorHandlerIgnoreWarnings(ErrorHandlerFactory.noLogger);

    /** A label and its language tag. */
    private record Label(String lang, String text) {}

    private final Map<String, List<Label>> filmLabels = new LinkedHashMap<>();
    private final Map<String, Integer> years = new LinkedHashMap<>();
    private final Map<String, Set<String>> directedBy = new LinkedHashMap<>();
    private final Map<String, Set<String>> starring = new LinkedHashMap<>();
    private final Map<String, List<String>> personLabels = new LinkedHashMap<>();

    /**
     * @return the films of the folder, sorted by IRI; films without a usable label are left out.
     *         The files are parsed in parallel and merged in year order, so the result is the same
     *         as reading them one after the other.
     */
    List<FilmPool.Film> read(Path folder) {
        List<Path> files = new ArrayList<>();
        for (Path y : yearFolders(folder)) {
            for (String name : List.of("films.rdf", "directors.rdf", "starring.rdf")) {
                if (Files.isRegularFile(y.resolve(name))) files.add(y.resolve(name));
            }
        }
        for (GmdbReader part : files.parallelStream().map(GmdbReader::part).toList()) merge(part);
        return assemble();
    }

    /** Reads one file into its own reader. */
    private static GmdbReader part(Path file) {
        GmdbReader r = new GmdbReader();
        String name = file.getFileName().toString();
        if (name.equals("films.rdf")) {
            parse(file, r.new FilmsSink(Integer.parseInt(file.getParent().getFileName().toString())));
        } else {
            boolean directors = name.equals("directors.rdf");
            parse(file, r.new PeopleSink(directors ? DIRECTED_BY : STARRING, directors ? r.directedBy : r.starring));
        }
        return r;
    }

    private void merge(GmdbReader part) {
        part.filmLabels.forEach((k, v) -> filmLabels.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        part.years.forEach((k, v) -> years.merge(k, v, Math::min));
        part.directedBy.forEach((k, v) -> directedBy.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v));
        part.starring.forEach((k, v) -> starring.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v));
        part.personLabels.forEach((k, v) -> personLabels.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    }

    private static List<Path> yearFolders(Path folder) {
        if (!Files.isDirectory(folder)) throw new FilmPool.PoolException("no film pool folder at " + folder, null);
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> years = s.filter(p -> p.getFileName().toString().matches("\\d{4}"))
                    .filter(p -> Files.isRegularFile(p.resolve("films.rdf"))).sorted().toList();
            if (years.isEmpty()) {
                throw new FilmPool.PoolException("no year folders with a films.rdf (2008/films.rdf …) in " + folder, null);
            }
            return years;
        } catch (IOException e) {
            throw new FilmPool.PoolException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void parse(Path file, StreamRDFBase sink) {
        try {
            RDFParser.source(file).lang(Lang.RDFXML).errorHandler(QUIET)
                    .parse(sink);
        } catch (RiotException e) {
            throw new FilmPool.PoolException("cannot read " + file + " as RDF/XML: " + e.getMessage(), e);
        }
    }

    /** Collects the labels and years of films.rdf. */
    private final class FilmsSink extends StreamRDFBase {
        private final int folderYear;

        FilmsSink(int folderYear) {
            this.folderYear = folderYear;
        }

        @Override
        public void triple(Triple t) {
            if (!t.getSubject().isURI()) return;
            String s = t.getSubject().getURI();
            String p = t.getPredicate().getURI();
            if (p.equals(RDFS.label.getURI()) && t.getObject().isLiteral()) {
                filmLabels.computeIfAbsent(s, k -> new ArrayList<>()).add(label(t.getObject()));
                years.putIfAbsent(s, folderYear);
            } else if (p.equals(YEAR) && t.getObject().isLiteral()) {
                Integer y = year(t.getObject().getLiteralLexicalForm());
                if (y != null) years.merge(s, y, Math::min);
            }
        }
    }

    /** Collects film → person links and the people's English labels. */
    private final class PeopleSink extends StreamRDFBase {
        private final String property;
        private final Map<String, Set<String>> links;

        PeopleSink(String property, Map<String, Set<String>> links) {
            this.property = property;
            this.links = links;
        }

        @Override
        public void triple(Triple t) {
            if (!t.getSubject().isURI()) return;
            String p = t.getPredicate().getURI();
            if (p.equals(property) && t.getObject().isURI()) {
                links.computeIfAbsent(t.getSubject().getURI(), k -> new LinkedHashSet<>()).add(t.getObject().getURI());
            } else if (p.equals(RDFS.label.getURI()) && t.getObject().isLiteral()
                    && t.getObject().getLiteralLanguage().toLowerCase(Locale.ROOT).startsWith("en")) {
                personLabels.computeIfAbsent(t.getSubject().getURI(), k -> new ArrayList<>())
                        .add(t.getObject().getLiteralLexicalForm());
            }
        }
    }

    private static Label label(Node literal) {
        return new Label(literal.getLiteralLanguage().toLowerCase(Locale.ROOT), clean(literal.getLiteralLexicalForm()));
    }

    private static Integer year(String lexical) {
        String s = lexical.strip();
        return s.matches("\\d{4}") ? Integer.valueOf(s) : null;
    }

    static String clean(String s) {
        return s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private List<FilmPool.Film> assemble() {
        Map<String, List<Label>> sorted = new TreeMap<>(filmLabels);
        List<FilmPool.Film> out = new ArrayList<>();
        for (Map.Entry<String, List<Label>> e : sorted.entrySet()) {
            String title = title(e.getValue());
            Integer year = years.get(e.getKey());
            if (title == null || year == null) continue;
            out.add(new FilmPool.Film(e.getKey(), title, year, people(directedBy.get(e.getKey())),
                    people(starring.get(e.getKey())), alternates(e.getValue(), title)));
        }
        return out;
    }

    /** The English label (the first one), else the first label in the order of the language tags. */
    private static String title(List<Label> labels) {
        return labels.stream().filter(l -> !l.text().isEmpty())
                .sorted(Comparator.comparing((Label l) -> !l.lang().startsWith("en")).thenComparing(Label::lang))
                .map(Label::text).findFirst().orElse(null);
    }

    private static List<String> alternates(List<Label> labels, String title) {
        Set<String> seen = new LinkedHashSet<>();
        seen.add(title.toLowerCase(Locale.ROOT));
        List<String> out = new ArrayList<>();
        labels.stream().filter(l -> !l.lang().startsWith("en") && !l.text().isEmpty())
                .sorted(Comparator.comparing(Label::lang))
                .forEach(l -> {
                    if (seen.add(l.text().toLowerCase(Locale.ROOT))) out.add(l.text());
                });
        return out;
    }

    private List<String> people(Set<String> iris) {
        if (iris == null) return List.of();
        Set<String> names = new LinkedHashSet<>();
        for (String iri : iris) {
            String name = PersonNames.natural(personLabels.getOrDefault(iri, List.of()));
            if (name != null) names.add(name);
        }
        return new ArrayList<>(names);
    }
}
