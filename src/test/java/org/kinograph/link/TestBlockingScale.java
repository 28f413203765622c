package org.kinograph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kinograph.testing.TestFiles;

/**
 * Blocking keeps the work per film about constant as the data grows: the ~12,800 films of the
 * Generis Movie DataBase (../shared/reference/gmdb-films, read with a profile file) matched
 * against themselves, 1,000 films then 8,000.
 */
public class TestBlockingScale {
    static List<Film> films;

    @BeforeAll
    static void read() {
        Path dir = TestFiles.sharedFile("reference/gmdb-films");
        Graph g = GraphFactory.createGraphMem();
        for (int year = 2008; year <= 2014; year++) {
            for (String f : List.of("films.rdf", "directors.rdf")) RDFDataMgr.read(g, dir.resolve(year + "/" + f).toString());
        }
        TargetProfile p = TargetProfile.load(TestFiles.repo().resolve("src/test/resources/link/gmdb.properties"));
        films = new ArrayList<>(new TargetReader(p, new GraphService(g, "gmdb"), 1000).all());
        Collections.shuffle(films, new Random(7));
    }

    private static double perFilm(int n) {
        List<Film> s = films.subList(0, n);
        Matcher.Result r = new Matcher(Matcher.Options.defaults()).match(s, s);
        // every film finds itself (a handful of exact duplicates tie and stay for review)
        assertThat(r.with(Outcome.SAME_AS).size() + r.with(Outcome.CLOSE_MATCH).size()).isGreaterThanOrEqualTo(n);
        return (double) r.comparisons() / n;
    }

    @Test
    void theProfileReadsTheFilmsWithYearsAndDirectors() {
        // counted in the files: 12,812 subjects typed m:Movie, 6,791 of them with m:directedBy
        assertThat(films).hasSize(12_812);
        assertThat(films.stream().filter(f -> !f.directors().isEmpty()).count()).isEqualTo(6_791);
        assertThat(films.stream().allMatch(f -> !f.years().isEmpty())).isTrue();
    }

    @Test
    void comparisonsPerFilmGrowFarSlowerThanTheData() {
        double small = perFilm(1000);
        double large = perFilm(8000);
        // eight times the films: without blocking eight times the comparisons per film
        assertThat(large).isLessThan(2 * small);
        assertThat(large).isLessThan(15);
    }
}
