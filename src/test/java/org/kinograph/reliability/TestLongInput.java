package org.kinograph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.kinograph.genre.ErrorHandler;
import org.kinograph.genre.GenreRegistry;
import org.kinograph.ingest.DocumentPipeline;
import org.kinograph.source.Source;
import org.kinograph.vocab.Ids;

/**
 * Long lines and big tables take time in proportion to their length: every genre scores and the
 * winner parses 2 MB inputs of the shapes that once made patterns backtrack or recurse (a line of
 * words, one token, a long sentence of names, a table, a front matter of many lines), each within
 * a bound that a quadratic reader would miss by hours. A document that fails is stopped, not waited for.
 */
public class TestLongInput {
    private static final int SIZE = 2 << 20;
    private static final long BOUND_SECONDS = 30;
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(null, r, "long-input", 16L << 20);
        t.setDaemon(true);
        return t;
    });

    @AfterAll
    static void stop() {
        WORKER.shutdownNow();
    }

    private static Map<String, String> shapes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("a line of words", fill("", "the film is a 2008 film by and stars as out of 10 » | ( ) - = : ", ""));
        m.put("one token", fill("Re: x\n\n", "icon_x", "\n"));
        m.put("a token of dashes after a heading", fill("= A Film =\n\n- Director: ", "-", "\n"));
        m.put("names in one sentence", fill("Film Talk » Drama » Long Film (2001)\n\nRe: Long Film (2001)\n\n"
                + "Posted by: someone on March 14, 2022 9:41 pm\n\n", "Long Film stars Tomas Quist as Aurel and ", "\n\nQuote\n"));
        m.put("a blog line of dates and ratings", fill("Long Film (Movie)\n\nPosted on May 2, 2010 by Ann Bee\n\n",
                "March 14, 2022 rated 8/10 on IMDb, ", "\n\nLeave a Reply\n"));
        m.put("an article table", fill("= Table Film =\n\n- Director: Ilse Marrow\n\nTable Film is a 2001 film.\n\n==Awards==\n"
                + "| Year | Award | Category | Result | Recipient |\n", "| 1999 | Prize | Best thing | Won | Ilse Marrow |\n", ""));
        m.put("an HTML table", fill("<h1 class=\"entry-title\">Some Film (Movie)</h1>\n<table>", "<tr><td>2001</td><td>Won</td></tr>\n", ""));
        m.put("front matter of many lines", fill("---\ntitle: Long\nrating: 2\n", "k: value\n", "---\n\nBody.\n"));
        m.put("an unclosed front matter", fill("---\ntitle: Long\ndate: 2020-01-01\n", "k: value\n", ""));
        m.put("nested brackets", fill("= ", "((((((((((", "film =\n- Director: Ann Bee\n"));
        return m;
    }

    private static String fill(String head, String unit, String tail) {
        StringBuilder b = new StringBuilder(SIZE + unit.length() + head.length() + tail.length()).append(head);
        while (b.length() < SIZE) b.append(unit);
        return b.append(tail).toString();
    }

    @Test
    void everyShapeIsReadInBoundedTime() throws Exception {
        DocumentPipeline pipeline = new DocumentPipeline(GenreRegistry.standard(), new Ids(Ids.DEFAULT_BASE));
        Map<String, String> slow = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : shapes().entrySet()) {
            Source doc = new Source(Path.of("/long/" + e.getKey()), "0".repeat(64), "UTF-8", e.getValue().length(), e.getValue());
            Future<?> f = WORKER.submit(() -> pipeline.map(doc, ErrorHandler.silent()));
            long t0 = System.nanoTime();
            try {
                f.get(BOUND_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException te) {
                f.cancel(true);
                slow.put(e.getKey(), "more than " + BOUND_SECONDS + " s");
                break; // the worker may still be busy with it
            } catch (ExecutionException ee) {
                if (!(ee.getCause() instanceof RuntimeException r && r.getMessage() != null
                        && r.getMessage().startsWith("too many facts"))) {
                    slow.put(e.getKey(), "threw " + ee.getCause());
                }
            }
            System.out.printf("long input: %-36s %6d ms%n", e.getKey(), (System.nanoTime() - t0) / 1_000_000);
        }
        assertThat(slow).as("shapes not read in bounded time").isEmpty();
    }
}
