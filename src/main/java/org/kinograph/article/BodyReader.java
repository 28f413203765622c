package org.kinograph.article;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kinograph.model.Field;
import org.kinograph.model.FilmRecord;
import org.kinograph.model.ReleaseEntry;
import org.kinograph.model.SourceWorkEntry;
import org.kinograph.model.Value;
import org.kinograph.prose.BoxOffice;
import org.kinograph.prose.FilmSentences;
import org.kinograph.text.CapitalRun;
import org.kinograph.text.Countries;
import org.kinograph.text.Dates;
import org.kinograph.text.Numbers;
import org.kinograph.text.Sentences;

/**
 * Reads the prose of an article: the year and source work from the lead, the plot, releases in
 * release sections, audience figures and box office from sentences anywhere.
 */
final class BodyReader {
    private static final String NAME = EncyclopediaArticle.NAME;
    private static final Pattern PLOT = Pattern.compile("^(?:plot|synopsis|story|premise|plot summary|summary)$");
    private static final Pattern RELEASE_SECTION = Pattern.compile("(?i)release|home media|home video|distribution|premiere");
    private static final Pattern RELEASE_VERB = Pattern.compile("(?i)\\b(?:released|premiered|opened|screened|debuted)\\b");
    private static final Pattern DEBUT = Pattern.compile("(?i)\\b(?:released|premiered|opened|debuted)\\b");
    private static final Pattern MEDIUM = Pattern.compile(
            "\\b(DVD|Blu-ray|VHS|Ultra HD Blu-ray|4K|LaserDisc|Laserdisc|streaming|theaters|theatres|cinemas|theatrically)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BY = Pattern.compile("\\bby\\s+(?:(?:the|its|local|a|an|distributor|company|studio)\\s+)*");
    void read(ArticleLayout layout, FilmRecord film) {
        String text = layout.text;
        readLead(text, layout.leadBegin, layout.leadEnd, film);
        for (ArticleLayout.Section s : layout.sectionsTitled(PLOT)) {
            film.add(Field.DESCRIPTION, Value.of(text, s.bodyBegin(), s.extentEnd()), NAME + "/plot-section", 0.9);
        }
        for (ArticleLayout.Section s : layout.sections) {
            if (s.pathMatches(RELEASE_SECTION)) readReleases(text, s, film);
        }
        readFigures(layout, film);
    }

    private void readLead(String text, int begin, int end, FilmRecord film) {
        Value lead = Value.of(text, begin, end);
        if (lead == null) return;
        Value year = FilmSentences.year(lead);
        if (year != null) film.yearIfAbsent(year);
        SourceWorkEntry work = FilmSentences.basedOn(lead, NAME + "/lead-based-on", 0.8);
        if (work != null) film.sourceWorks().add(work);
        if (film.facts(Field.RELEASE_DATE).isEmpty()) {
            for (Value s : Sentences.split(text, begin, end)) {
                Dates.Found d = DEBUT.matcher(s.text()).find() ? Dates.first(s.text()) : null;
                if (d != null) {
                    film.add(Field.RELEASE_DATE, s.sub(d.begin(), d.end()), NAME + "/lead-release", 0.7);
                    break;
                }
            }
        }
    }

    private void readReleases(String text, ArticleLayout.Section s, FilmRecord film) {
        for (Value sentence : Sentences.split(text, s.bodyBegin(), s.bodyEnd())) {
            if (!RELEASE_VERB.matcher(sentence.text()).find()) continue;
            Dates.Found d = Dates.first(sentence.text());
            if (d == null) continue;
            film.releases().add(new ReleaseEntry(sentence.sub(d.begin(), d.end()), country(sentence),
                    publisher(sentence), medium(sentence), NAME + "/release-sentence", 0.8));
        }
    }

    private static Value country(Value sentence) {
        List<Countries.Found> found = Countries.findAll(sentence.text());
        return found.isEmpty() ? null : sentence.sub(found.get(0).begin(), found.get(0).end());
    }

    private static Value medium(Value sentence) {
        Matcher m = MEDIUM.matcher(sentence.text());
        return m.find() ? sentence.sub(m.start(1), m.end(1)) : null;
    }

    private static Value publisher(Value sentence) {
        Matcher m = BY.matcher(sentence.text());
        return m.find() ? CapitalRun.at(sentence, m.end()) : null;
    }

    /** Audience figures and box office stated in sentences (box office only when the infobox had none). */
    private void readFigures(ArticleLayout layout, FilmRecord film) {
        List<Value> sentences = Sentences.split(layout.text, layout.leadBegin, layout.text.length());
        if (film.facts(Field.ADMISSIONS).isEmpty()) {
            for (Value s : sentences) {
                Numbers.Found n = Numbers.audience(s.text());
                if (n != null) {
                    film.add(Field.ADMISSIONS, s.sub(n.begin(), n.end()), NAME + "/admissions-sentence", 0.75);
                    break;
                }
            }
        }
        if (film.facts(Field.BOX_OFFICE).isEmpty()) {
            film.add(Field.BOX_OFFICE, BoxOffice.best(sentences), NAME + "/gross-sentence", 0.7);
        }
    }
}
