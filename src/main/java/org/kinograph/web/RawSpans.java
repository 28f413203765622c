package org.kinograph.web;

import java.util.List;

import org.kinograph.model.AccoladeEntry;
import org.kinograph.model.AdaptationEntry;
import org.kinograph.model.CastEntry;
import org.kinograph.model.Fact;
import org.kinograph.model.FilmRecord;
import org.kinograph.model.RatingEntry;
import org.kinograph.model.ReleaseEntry;
import org.kinograph.model.ReviewRecord;
import org.kinograph.model.SourceWorkEntry;
import org.kinograph.model.Value;
import org.kinograph.text.MarkupText;

/**
 * Moves the records a web parser built on the decoded view of a page to the raw text: every value
 * keeps its text and gets the raw span of its evidence (for a page without markup the two are the
 * same).
 */
final class RawSpans {
    private final MarkupText markup;

    RawSpans(MarkupText markup) {
        this.markup = markup;
    }

    Value v(Value view) {
        return markup.raw(view);
    }

    private List<Value> all(List<Value> vs) {
        return vs.stream().map(this::v).toList();
    }

    FilmRecord film(FilmRecord f) {
        FilmRecord out = new FilmRecord(v(f.title()), f.titleRule(), f.titleConfidence());
        if (f.year() != null) out.yearIfAbsent(v(f.year()));
        for (Fact x : f.facts()) out.add(x.field(), v(x.value()), x.rule(), x.confidence());
        for (CastEntry c : f.cast()) out.cast().add(new CastEntry(v(c.actor()), v(c.character()), c.rule(), c.confidence()));
        for (ReleaseEntry r : f.releases()) {
            out.releases().add(new ReleaseEntry(v(r.date()), v(r.country()), v(r.publisher()), v(r.medium()), r.rule(),
                    r.confidence()));
        }
        for (AccoladeEntry a : f.accolades()) {
            out.accolades().add(new AccoladeEntry(v(a.year()), v(a.award()), v(a.category()), v(a.result()),
                    all(a.recipients()), v(a.note()), v(a.row()), a.rule(), a.confidence()));
        }
        for (SourceWorkEntry w : f.sourceWorks()) {
            out.sourceWorks().add(new SourceWorkEntry(v(w.kind()), v(w.name()), v(w.alternateName()), v(w.author()),
                    v(w.evidence()), w.rule(), w.confidence()));
        }
        for (RatingEntry r : f.ratings()) out.ratings().add(rating(r));
        for (AdaptationEntry a : f.adaptations()) {
            out.adaptations().add(new AdaptationEntry(v(a.kind()), v(a.year()), v(a.evidence()), a.rule(), a.confidence()));
        }
        return out;
    }

    private RatingEntry rating(RatingEntry r) {
        return r == null ? null : new RatingEntry(v(r.value()), v(r.best()), v(r.author()), r.rule(), r.confidence());
    }

    ReviewRecord review(ReviewRecord r, FilmRecord film) {
        ReviewRecord out = new ReviewRecord(film, r.rule(), r.confidence());
        out.headline(v(r.headline())).body(v(r.body())).date(v(r.date())).url(v(r.url())).language(r.language())
                .rating(rating(r.rating()));
        if (r.author() != null) out.author(v(r.author()), r.authorIsOrganization());
        out.keywords().addAll(all(r.keywords()));
        return out;
    }
}
