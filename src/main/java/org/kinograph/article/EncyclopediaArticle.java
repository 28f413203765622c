package org.kinograph.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kinograph.genre.ErrorHandler;
import org.kinograph.genre.Genre;
import org.kinograph.genre.GenreScore;
import org.kinograph.model.Field;
import org.kinograph.model.FilmRecord;
import org.kinograph.model.ParsedDocument;
import org.kinograph.model.Value;
import org.kinograph.prose.FilmSentences;
import org.kinograph.prose.LabelledFacts;
import org.kinograph.source.Source;

/**
 * The encyclopedia-article genre: a {@code = Title =} heading, a {@code - Key: value} infobox,
 * a lead and {@code ==Section==}s, as wiki exports and mirrors write them.
 */
public final class EncyclopediaArticle implements Genre {
    /** The genre's name. */
    public static final String NAME = "encyclopedia-article";

    private static final Pattern DISAMBIGUATOR = Pattern.compile(
            "\\s*\\((?:[^()]*\\b(?:film|movie)\\b[^()]*)\\)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAST = Pattern.compile("^(?:cast|main cast|starring|cast and characters)$");
    private static final Pattern AWARDS = Pattern.compile("award|accolade|honou?rs|nomination");

    /** The infobox's rule ({@code kino:method}) and confidence. */
    static final String INFOBOX_RULE = NAME + "/infobox";
    private final LabelledFacts infobox = new LabelledFacts(INFOBOX_RULE, 0.95);

    @Override
    public String name() {
        return NAME;
    }

    /** Scores in points out of 100 ({@link GenreScore#ofPoints}). */
    @Override
    public GenreScore score(String text) {
        ArticleLayout layout = ArticleLayout.of(text);
        int points = 0;
        List<String> why = new ArrayList<>();
        if (layout.titleHeading != null) {
            points += 35;
            why.add("title heading");
        }
        if (!layout.infobox.isEmpty()) {
            points += Math.min(30, 5 * layout.infobox.size());
            why.add(layout.infobox.size() + " infobox fields");
        }
        if (!layout.sections.isEmpty()) {
            points += Math.min(25, 5 * layout.sections.size());
            why.add(layout.sections.size() + " sections");
        }
        if (isAboutFilm(layout)) {
            points += 10;
            why.add("about a film");
        }
        return GenreScore.ofPoints(points, why.isEmpty() ? "no article structure" : String.join(", ", why));
    }

    @Override
    public ParsedDocument parse(Source source, ErrorHandler errors) {
        ArticleLayout layout = ArticleLayout.of(source.text());
        if (layout.titleHeading == null) {
            return ParsedDocument.noFilm(NAME, "no title heading");
        }
        if (!isAboutFilm(layout)) {
            return ParsedDocument.noFilm(NAME, "an article, but not about a film (no film infobox fields, "
                    + "no \"is a … film\" in the lead)");
        }
        FilmRecord film = new FilmRecord(title(layout.titleHeading), NAME + "/title-heading", 0.95);
        if (layout.titleLine != null && !layout.titleLine.text().equals(film.title().text())) {
            film.add(Field.ALTERNATE_NAME, layout.titleLine, NAME + "/title-line", 0.8);
        }
        for (ArticleLayout.InfoboxLine line : layout.infobox) infobox.read(line.key(), line.value(), film);
        new BodyReader().read(layout, film);
        new CastListReader().read(source.text(), layout.sectionsTitled(CAST), film);
        new AwardsTableReader().read(source.text(), layout.sectionsTitled(AWARDS), film);
        film.facts(Field.RELEASE_DATE).stream().findFirst()
                .ifPresent(d -> film.yearIfAbsent(FilmSentences.yearOfDate(d.value())));
        return ParsedDocument.of(NAME, film);
    }

    private boolean isAboutFilm(ArticleLayout layout) {
        long filmKeys = layout.infobox.stream().filter(l -> infobox.isFilmKey(l.key().text())).count();
        if (filmKeys >= 2) return true;
        Value lead = Value.of(layout.text, layout.leadBegin, Math.min(layout.leadEnd, layout.leadBegin + 600));
        return lead != null && FilmSentences.saysIsAFilm(lead.text());
    }

    /**
     * The film's name is the heading without its disambiguator; its evidence is the whole heading,
     * the page title as written ("Some Title (2007 film)"), so that the page can be named again (the linker
     * turns it into the DBpedia resource).
     */
    private static Value title(Value heading) {
        Matcher m = DISAMBIGUATOR.matcher(heading.text());
        if (!m.find()) return heading;
        Value name = heading.sub(0, m.start());
        return name == null ? heading : new Value(name.text(), heading.begin(), heading.end());
    }
}
