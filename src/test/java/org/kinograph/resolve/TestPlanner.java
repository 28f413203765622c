package org.kinograph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinograph.generate.CorpusGenerator;
import org.kinograph.generate.FilmPool;
import org.kinograph.genre.GenreRegistry;
import org.kinograph.ingest.Ingester;
import org.kinograph.store.KinographStore;
import org.kinograph.vocab.Ids;

/** {@link Planner} over a real TDB2 store: the plan does not depend on how many person summaries it holds. */
public class TestPlanner {
    private static final Ids IDS = new Ids("https://example.org/kg/");

    @Test
    public void personSummariesLetGoAndReadAgainGiveTheSamePlan(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        CorpusGenerator.generate(120, 17, corpus, FilmPool.builtIn(), (d, f, n, t) -> {});
        try (KinographStore store = KinographStore.open(dir.resolve("store"), IDS)) {
            new Ingester(store, GenreRegistry.standard(), IDS).ingest(List.of(corpus), o -> {});
            store.dataset().executeRead(() -> {
                DatasetGraph dsg = store.dataset().asDatasetGraph();
                Plan all = new Planner(dsg, IDS, Integer.MAX_VALUE).plan();
                Plan few = new Planner(dsg, IDS, 3).plan();
                assertThat(all.merges()).isNotEmpty();
                assertThat(all.alternates()).isNotEmpty();
                assertThat(quads(few)).isEqualTo(quads(all));
                assertThat(few.entities()).isEqualTo(all.entities());
                assertThat(few.mentions()).isEqualTo(all.mentions());
            });
        }
    }

    private static Set<Quad> quads(Plan p) {
        return new HashSet<>(ResolutionGraph.quads(IDS, p));
    }
}
