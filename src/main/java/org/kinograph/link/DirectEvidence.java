package org.kinograph.link;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.tdb2.TDB2;
import org.kinograph.store.KinographStore;
import org.kinograph.store.QueryRunner;

/**
 * Links that need no matching: a target whose resources are named after Wikipedia pages (DBpedia:
 * {@code http://dbpedia.org/resource/<Page_name>}) is linked from
 * <ul>
 * <li>a film's {@code schema:sameAs} Wikipedia page of the profile's language (a static-site
 * post's {@code link:}), method {@code link/wikipedia-page}, with the confidence of that
 * {@code schema:sameAs} triple;</li>
 * <li>an encyclopedia article's page title, the evidence of the film's name by the
 * {@code encyclopedia-article/title-heading} rule (the heading with its disambiguator), method
 * {@code link/article-page-title}, with the name's confidence times {@link #PAGE_TITLE_IS_WIKIPEDIA}.</li>
 * </ul>
 */
public final class DirectEvidence {
    /**
     * How likely an encyclopedia article's page title is the page name of the same article on the
     * profile's Wikipedia: the genre reads wiki exports and mirrors, most of them of Wikipedia.
     */
    public static final double PAGE_TITLE_IS_WIKIPEDIA = 0.95;

    /** The method of links from a document's Wikipedia link. */
    public static final String WIKIPEDIA_PAGE = "link/wikipedia-page";
    /** The method of links from an encyclopedia article's page title. */
    public static final String ARTICLE_PAGE_TITLE = "link/article-page-title";

    private static final String SAME_AS = """
            SELECT ?film ?page (MAX(?c) AS ?conf) WHERE {
              ?film a schema:Movie . ?r rdf:reifies <<( ?film schema:sameAs ?page )>> ; kino:confidence ?c
            } GROUP BY ?film ?page""";
    private static final String PAGE_TITLE = """
            SELECT ?film ?page (MAX(?c) AS ?conf) WHERE {
              ?r rdf:reifies <<( ?film schema:name ?name )>> ; kino:method "encyclopedia-article/title-heading" ;
                 nif:anchorOf ?page ; kino:confidence ?c
            } GROUP BY ?film ?page""";

    /**
     * A link from direct evidence.
     *
     * @param film       our film's IRI
     * @param target     the target resource's IRI
     * @param method     {@link #WIKIPEDIA_PAGE} or {@link #ARTICLE_PAGE_TITLE}
     * @param confidence in [0, 1]
     */
    public record Found(String film, String target, String method, double confidence) {}

    private DirectEvidence() {}

    /** @return the links the store's documents give directly, or none when the profile has no Wikipedia naming. */
    public static List<Found> find(KinographStore store, TargetProfile profile) {
        String lang = profile.wikipediaLanguage();
        if (lang == null) return List.of();
        List<Found> out = new ArrayList<>();
        store.dataset().executeRead(() -> {
            each(store, SAME_AS, s -> page(s.getResource("page").isURIResource() ? s.getResource("page").getURI() : "", lang)
                    .ifPresent(p -> out.add(found(s, profile, p, WIKIPEDIA_PAGE, 1.0))));
            each(store, PAGE_TITLE, s -> out.add(found(s, profile, s.getLiteral("page").getLexicalForm(),
                    ARTICLE_PAGE_TITLE, PAGE_TITLE_IS_WIKIPEDIA)));
        });
        return out;
    }

    private static Found found(QuerySolution s, TargetProfile profile, String page, String method, double factor) {
        double conf = s.getLiteral("conf").getDouble() * factor;
        return new Found(s.getResource("film").getURI(), profile.resourceBase() + resourceName(page), method, conf);
    }

    private static void each(KinographStore store, String query, java.util.function.Consumer<QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(QueryRunner.parse(query))
                .set(TDB2.symUnionDefaultGraph, true).build()) {
            qe.execSelect().forEachRemaining(row);
        }
    }

    /**
     * @return the page title of a Wikipedia address of the given language: percent-decoded,
     *         underscores read as spaces, without {@code #section} or query
     *         ("https://en.wikipedia.org/wiki/Some_Film_(2001_film)#Plot" → "Some Film (2001 film)")
     */
    public static java.util.Optional<String> page(String url, String language) {
        Matcher m = Pattern.compile("^https?://" + Pattern.quote(language) + "(?:\\.m)?\\.wikipedia\\.org/wiki/([^?#]+)")
                .matcher(url);
        if (!m.find()) return java.util.Optional.empty();
        String page = percentDecode(m.group(1));
        return page.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(page);
    }

    /**
     * @return a page title as a resource name: spaces as underscores, the first letter upper case
     *         (as Wikipedia names pages), and the characters that cannot stand in an IRI
     *         percent-encoded ("Some Film (film)" → "Some_Film_(film)")
     */
    public static String resourceName(String title) {
        String s = title.strip().replace(' ', '_');
        if (s.isEmpty()) return s;
        s = s.substring(0, s.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT) + s.substring(s.offsetByCodePoints(0, 1));
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("\"#%<>?[\\]^`{|}".indexOf(c) >= 0 || c < 0x20) b.append(String.format("%%%02X", (int) c));
            else b.append(c);
        }
        return b.toString();
    }

    private static String percentDecode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int cp = s.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8).replace('_', ' ');
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

}
