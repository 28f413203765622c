package org.kinograph.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kinograph.genre.ErrorHandler;
import org.kinograph.model.CastEntry;
import org.kinograph.model.FilmRecord;
import org.kinograph.source.Source;

/** Small helpers for the web genres' unit tests. */
final class WebTesting {
    private WebTesting() {}

    static Source source(String text) {
        return new Source(Path.of("test.txt").toAbsolutePath(), "0".repeat(64), "UTF-8",
                text.getBytes(StandardCharsets.UTF_8).length, text);
    }

    /** An error handler that keeps the warnings. */
    static final class Warnings implements ErrorHandler {
        final List<String> messages = new ArrayList<>();

        @Override public void warning(String d, long l, long c, String m) { messages.add(m); }
        @Override public void error(String d, long l, long c, String m) { messages.add("error: " + m); }
    }

    static List<String> cast(FilmRecord film) {
        List<String> out = new ArrayList<>();
        for (CastEntry c : film.cast()) {
            out.add((c.actor() == null ? "-" : c.actor().text()) + " > " + (c.character() == null ? "-" : c.character().text()));
        }
        return out;
    }
}
