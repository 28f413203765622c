package org.kinograph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.kinograph.generate.CorpusGenerator;
import org.kinograph.generate.FilmPool;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kinograph generate}: a deterministic corpus of documents about real films. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a corpus of N documents about films, to try out and benchmark ingest:",
            "encyclopedia articles (30%%), forum pages (25%%), blog reviews (20%%) and",
            "static-site posts (25%%), two to five documents per film, each shaped like",
            "the real documents of its genre: infoboxes, cast lists, award tables with",
            "shifted rows, site chrome in English, German or French, YAML front matter",
            "with geotags and PHP-serialized metadata.",
            "Titles, years, directors and cast come from the film pool; everything else",
            "(characters, plots, crew, dates, money, awards) is invented. The same",
            "--docs, --seed and pool always give byte-identical files.", ""},
        footer = {"", "The film pool is the gmdb-films folder (about 13,000 DBpedia films of",
            "2008-2014 as RDF/XML, one folder per year) at ../shared/reference/gmdb-films",
            "beside the installation, or --pool DIR. It is read at run time, never",
            "copied. Without it, a built-in pool of a dozen invented films is used, and",
            "the command says so.", "",
            "Files go into sub-folders of at most 1,000 documents",
            "(DIR/0000/000000-<genre>-<title>.txt). The hidden DIR/.manifest.tsv lists",
            "each file's genre, film, title and year; ingest skips hidden files.", "",
            "Examples:",
            "  kinograph generate --docs 200 --seed 7 --out /tmp/corpus",
            "  kinograph ingest --store /tmp/kg /tmp/corpus",
            "  kinograph generate --docs 10000 --out /tmp/big --pool DIR --force", "",
            "Exit code 0 when the corpus was written; 2 for a usage error (a bad number,",
            "a non-empty DIR without --force, a --pool folder that is not a film pool)."})
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--docs", required = true, paramLabel = "N", description = "How many documents to write (1 or more).")
    int docs;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Seed of every random choice (default: ${DEFAULT-VALUE}); another seed, another corpus.")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (created when "
            + "missing; must be empty unless --force).")
    Path out;

    @Option(names = "--pool", paramLabel = "DIR", description = "The gmdb-films folder (default: "
            + "<installation>/../shared/reference/gmdb-films).")
    Path pool;

    @Option(names = "--force", description = "Write into a non-empty DIR: the files of an earlier corpus there "
            + "(listed in its manifest) are deleted first; other files are left alone.")
    boolean force;

    @ArgGroup(exclusive = true)
    ProgressChoice progress;

    static final class ProgressChoice {
        @Option(names = "--progress", description = "Always show the progress line (on standard error).")
        boolean on;
        @Option(names = "--no-progress", description = "Never show the progress line (the default off a terminal).")
        boolean off;
    }

    @Override
    public Integer call() throws IOException {
        if (docs < 1) throw new UsageException("--docs must be 1 or more (was " + docs + ")");
        checkOut();
        long started = System.nanoTime();
        FilmPool films = pool();
        double poolSeconds = (System.nanoTime() - started) / 1e9;
        if (force) removeEarlierCorpus();
        boolean bar = progress == null ? IngestReport.isTerminal() : progress.on;
        CorpusGenerator.Result r = CorpusGenerator.generate(docs, seed, out, films, (d, file, done, total) -> {
            if (bar && (done % 100 == 0 || done == total)) {
                System.err.printf(Locale.ROOT, "\rgenerate: %,d/%,d documents", done, total);
                if (done == total) System.err.println();
            }
        });
        summary(System.out, r, films, poolSeconds);
        return 0;
    }

    private void checkOut() throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) throw new UsageException(out + " is a file, not a folder");
        if (!Files.isDirectory(out) || force) return;
        try (Stream<Path> s = Files.list(out)) {
            long n = s.count();
            if (n > 0) {
                throw new UsageException(out + " is not empty (" + n + " entries): choose an empty or new folder, or add"
                        + " --force to replace an earlier corpus there");
            }
        }
    }

    private FilmPool pool() {
        Path folder = pool != null ? pool : FilmPool.defaultFolder();
        try {
            if (pool != null) return FilmPool.load(folder);
            FilmPool p = FilmPool.loadOrBuiltIn(folder);
            if (p.isBuiltIn()) {
                System.err.println("kinograph: no film pool at " + folder + "; using " + p.description()
                        + " (give the gmdb-films folder with --pool DIR)");
            }
            return p;
        } catch (FilmPool.PoolException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Deletes the files an earlier run listed in its manifest, and the sub-folders left empty. */
    private void removeEarlierCorpus() throws IOException {
        Path manifest = out.resolve(CorpusGenerator.MANIFEST);
        if (!Files.isRegularFile(manifest)) return;
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String file = line.split("\t", 2)[0];
            if (file.matches("\\d{4,}/[^/]+")) Files.deleteIfExists(out.resolve(file));
        }
        Files.delete(manifest);
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.filter(p -> p.getFileName().toString().matches("\\d{4,}")).sorted().toList()) {
                if (Files.isDirectory(p) && isEmpty(p)) Files.delete(p);
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private void summary(PrintStream o, CorpusGenerator.Result r, FilmPool films, double poolSeconds) {
        o.printf(Locale.ROOT, "%,d documents about %,d films written to %s in %.1f s (seed %d)%n", r.documents(),
                r.films(), r.folder().toAbsolutePath().normalize(), r.elapsed().toMillis() / 1000.0, seed);
        r.perKind().forEach((k, n) -> o.printf(Locale.ROOT, "  %-22s %,7d%n", k.genre(), n));
        o.printf(Locale.ROOT, "films from %s, read in %.1f s%n", films.description(), poolSeconds);
    }
}
