package org.kinograph.map;

import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.kinograph.model.SourceWorkEntry;
import org.kinograph.model.Value;
import org.kinograph.vocab.SCHEMA;

/** The work a film is based on: a Book (novels, manga, …) or another CreativeWork. */
final class SourceWorkMapping {
    static final Pattern BOOK = Pattern.compile("(?i)novel|manga|book|story|comic|memoir|novella");

    void map(FilmMapper.FilmContext f, Emitter base) {
        for (SourceWorkEntry w : f.record().sourceWorks()) {
            Emitter out = base.with(w.rule(), w.confidence());
            Value name = w.name() != null ? w.name() : w.evidence();
            String title = w.name() != null ? w.name().text() : f.record().title().text();
            Node type = w.kind() != null && BOOK.matcher(w.kind().text()).find() ? SCHEMA.Book : SCHEMA.CreativeWork;
            Node work = out.ids().entity("work", title);
            out.named(work, type, title, name);
            out.emit(f.film(), SCHEMA.isBasedOn, work, w.evidence());
            if (w.alternateName() != null) {
                out.literal(work, SCHEMA.alternateName, w.alternateName().text(), w.alternateName());
            }
            if (w.kind() != null) out.literal(work, SCHEMA.genre, w.kind().text(), w.kind());
            if (w.author() != null) out.linkEntity(work, SCHEMA.author, "person", SCHEMA.Person, w.author());
        }
    }
}
