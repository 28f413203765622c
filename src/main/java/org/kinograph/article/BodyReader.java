package org.kinograph.article;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kinograph.model.Field;
import org.kinograph.model.FilmRecord;
import org.kinograph.model.ReleaseEntry;
import org.kinograph.model.SourceWorkEntry;
import org.kinograph.model.Value;
import org.kinograph.text.CapitalRun;
import org.kinograph.text.Countries;
import org.kinograph.text.Dates;
import org.kinograph.text.Money;
import org.kinograph.text.Numbers;
import org.kinograph.text.Sentences;

/**
 * Reads the prose of an article: the year and source work from the lead, the plot, releases in
 * release sections, audience figures and box office from sentences anywhere.
 */
final class BodyReader {
    private static final String NAME = EncyclopediaArticle.NAME;
    private static final Pattern YEAR = Pattern.compile("\\b(?:is|was)\\s+an?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern PLOT = Pattern.compile("^(?:plot|synopsis|story|premise|plot summary|summary)$");
    private static final Pattern RELEASE_SECTION = Pattern.compile("(?i)release|home media|home video|distribution|premiere");
    private static final Pattern RELEASE_VERB = Pattern.compile("(?i)\\b(?:released|premiered|opened|screened|debuted)\\b");
    private static final Pattern DEBUT = Pattern.compile("(?i)\\b(?:released|premiered|opened|debuted)\\b");
    private static final Pattern MEDIUM = Pattern.compile(
            "\\b(DVD|Blu-ray|VHS|Ultra HD Blu-ray|4K|LaserDisc|Laserdisc|streaming|theaters|theatres|cinemas|theatrically)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BY = Pattern.compile("\\bby\\s+(?:(?:the|its|local|a|an|distributor|company|studio)\\s+)*");
    private static final Pattern GROSS = Pattern.compile("(?i)\\bgross|box office|earned|took in|grossing");
    private static final Pattern BASED_ON = Pattern.compile(
            "\\bbased on\\s+(?:(?:a|an|the|his|her|their)\\s+)?(?:\\d{4}\\s+)?((?:[a-z][\\p{L}-]*\\s+){0,3}?"
            + "(?:novel|manga|book|story|comic|play|novella|memoir|series|game|anime|musical|light novel|short story|poem))"
            + "(\\s+of the same name)?");
    private static final Pattern TITLED = Pattern.compile("\\G\\s*(?:(?:titled|called|entitled)\\s+)?[\"“]?");
    private static final Pattern AUTHOR = Pattern.compile("\\G[\"”]?,?\\s+(?:written\\s+)?by\\s+");

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
        Matcher y = YEAR.matcher(lead.text());
        if (y.find()) film.yearIfAbsent(lead.sub(y.start(1), y.end(1)));
        readBasedOn(lead, film);
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

    private void readBasedOn(Value lead, FilmRecord film) {
        Matcher m = BASED_ON.matcher(lead.text());
        if (!m.find()) return;
        Value kind = lead.sub(m.start(1), m.end(1));
        Value name = null;
        int after = m.end();
        if (m.group(2) == null) {
            Matcher t = TITLED.matcher(lead.text());
            if (t.find(after)) {
                name = quotedOrCapital(lead, t.end());
                if (name != null) after = name.end() - lead.begin();
            }
        }
        Value author = null;
        Matcher a = AUTHOR.matcher(lead.text());
        if (a.find(after)) author = CapitalRun.at(lead, a.end());
        int end = author != null ? author.end() - lead.begin() : name != null ? name.end() - lead.begin() : m.end();
        film.sourceWorks().add(new SourceWorkEntry(kind, name, author, lead.sub(m.start(), end),
                NAME + "/lead-based-on", 0.8));
    }

    private static Value quotedOrCapital(Value v, int from) {
        if (from > 0 && "\"“".indexOf(v.text().charAt(from - 1)) >= 0) {
            int close = v.text().indexOf(v.text().charAt(from - 1) == '"' ? '"' : '”', from);
            return close < 0 ? null : v.sub(from, close);
        }
        return CapitalRun.at(v, from);
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
        boolean needAdmissions = film.facts(Field.ADMISSIONS).isEmpty();
        boolean needGross = film.facts(Field.BOX_OFFICE).isEmpty();
        for (Value s : Sentences.split(layout.text, layout.leadBegin, layout.text.length())) {
            if (needAdmissions) {
                Numbers.Found n = Numbers.audience(s.text());
                if (n != null) {
                    film.add(Field.ADMISSIONS, s.sub(n.begin(), n.end()), NAME + "/admissions-sentence", 0.75);
                    needAdmissions = false;
                }
            }
            if (needGross && GROSS.matcher(s.text()).find()) {
                Money.Found money = Money.first(s.text());
                if (money != null) {
                    film.add(Field.BOX_OFFICE, s.sub(money.begin(), money.end()), NAME + "/gross-sentence", 0.7);
                    needGross = false;
                }
            }
        }
    }
}
