package org.kinograph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kinograph.model.Value;
import org.kinograph.text.MarkupText;
import org.kinograph.vocab.Ids;

/**
 * Which film a post's headline names. A headline is either the film's title ("Tokyo Story"), or
 * a title and a tagline ("Tokyo Story: Quiet and Devastating"), or a lead-in and the title
 * ("My favourite movie: Tokyo Story"), possibly with another title in parentheses
 * ("Okuribito (Departures)") or a year ("Tokyo Story (1953)").
 *
 * <p>The candidates are the whole headline, the part before and the part after the first
 * separator ({@code ": "}, {@code " - "}, {@code " – "}, {@code " — "}, {@code " | "}) and a
 * parenthetical at the end. Each is scored by the post's own evidence, compared by slug:
 * <ul>
 * <li>+3 it is the page name of the post's {@code link:} (disambiguator such as "(2016 film)"
 *     dropped); +1 that page name starts with it;</li>
 * <li>+2 a tag or category is exactly it;</li>
 * <li>+2 a Wikipedia link of the body has it as its text or page name;</li>
 * <li>+1 the opening of the body mentions it;</li>
 * <li>−3 it contains a word that describes the post rather than names a film (movie, film,
 *     review, thoughts …);</li>
 * <li>ties: the part before the separator (+0.5), then the whole headline (+0.25), since
 *     "Title: tagline" is the common form.</li>
 * </ul>
 * A headline with no separator is the title itself. A parenthetical that is not chosen becomes
 * the film's other title only when some evidence supports it (score above 0).
 */
final class FilmTitle {
    private static final Pattern TRAILING_PAREN = Pattern.compile("\\s*\\(([^()]*)\\)\\s*$");
    private static final Pattern YEAR = Pattern.compile("(?:18|19|20)\\d{2}");
    private static final Pattern SEPARATOR = Pattern.compile(":\\s+|\\s+[-–—|]\\s+");
    private static final Pattern DESCRIBES_POST = Pattern.compile(
            "(?i)\\b(?:movies?|films?|reviews?|reviewed|thoughts|impressions|recap|verdict|watched|rant)\\b");
    private static final Pattern DISAMBIGUATOR = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

    /**
     * The evidence a post gives about its film.
     *
     * @param linkPage      the page name of the {@code link:} field, or null
     * @param keywords      the slugs of its tags and categories
     * @param wikipedia     the slugs of the texts and page names of its Wikipedia links
     * @param bodyOpening   the first few hundred characters of its body, or ""
     */
    record Evidence(String linkPage, Set<String> keywords, Set<String> wikipedia, String bodyOpening) {}

    /**
     * The title chosen.
     *
     * @param title      the film's title with its span
     * @param alternate  another title from a parenthetical, or null
     * @param year       a year from a parenthetical, or null
     * @param rule       the rule that chose it
     * @param confidence its confidence
     * @param why        the evidence, in words
     */
    record Choice(Value title, Value alternate, Value year, String rule, double confidence, String why) {}

    private record Candidate(Value value, String kind, double prior) {}

    private FilmTitle() {}

    /**
     * @param headline the title field
     * @param ev       the post's evidence
     * @param rulePrefix the genre name, for rule names
     * @return the choice, or null when the headline is blank
     */
    static Choice choose(Scalar headline, Evidence ev, String rulePrefix) {
        MarkupText m = headline.markup();
        String t = m.text();
        int end = t.length();
        Value year = null;
        Candidate paren = null;
        Matcher p = TRAILING_PAREN.matcher(t);
        if (p.find() && p.start() > 0) {
            Value inner = headline.part(m, p.start(1), p.end(1));
            if (inner != null && YEAR.matcher(inner.text()).matches()) year = inner;
            else if (inner != null) paren = new Candidate(inner, "parenthetical", 0);
            end = p.start();
        }
        List<Candidate> candidates = new ArrayList<>();
        Value whole = headline.part(m, 0, end);
        if (whole == null) return null;
        Matcher s = SEPARATOR.matcher(t).region(0, end);
        if (s.find() && s.start() > 0) {
            Value head = headline.part(m, 0, s.start());
            Value tail = headline.part(m, s.end(), end);
            if (head != null) candidates.add(new Candidate(head, "before the separator", 0.5));
            if (tail != null) candidates.add(new Candidate(tail, "after the separator", 0));
            candidates.add(new Candidate(whole, "whole headline", 0.25));
        } else {
            candidates.add(new Candidate(whole, "whole headline", 0.25));
        }
        if (paren != null) candidates.add(paren);
        if (candidates.size() == 1) {
            return new Choice(whole, null, year, rulePrefix + "/title", 0.9, "the headline is the title");
        }
        Candidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        String bestWhy = "";
        double parenScore = 0;
        for (Candidate c : candidates) {
            List<String> why = new ArrayList<>();
            double score = c.prior() + score(c.value().text(), ev, why);
            if (c == paren) parenScore = score;
            if (score > bestScore) {
                best = c;
                bestScore = score;
                bestWhy = c.kind() + (why.isEmpty() ? "" : ": " + String.join(", ", why));
            }
        }
        Value alternate = null;
        if (paren != null && best != paren && parenScore > 0) alternate = paren.value();
        if (best == paren) alternate = whole;
        String rule = best.value().equals(whole) && year == null && paren == null ? "/title" : "/title-part";
        return new Choice(best.value(), alternate, year, rulePrefix + rule, rule.equals("/title") ? 0.9 : 0.8, bestWhy);
    }

    private static double score(String candidate, Evidence ev, List<String> why) {
        String slug = Ids.slug(candidate);
        if (slug.isEmpty()) return -10;
        double score = 0;
        if (ev.linkPage() != null) {
            String page = Ids.slug(DISAMBIGUATOR.matcher(ev.linkPage()).replaceFirst(""));
            if (page.equals(slug)) {
                score += 3;
                why.add("the link's page name");
            } else if (page.startsWith(slug + "-")) {
                score += 1;
                why.add("the start of the link's page name");
            }
        }
        if (ev.keywords().contains(slug)) {
            score += 2;
            why.add("a tag");
        }
        if (ev.wikipedia().contains(slug)) {
            score += 2;
            why.add("a Wikipedia link of the body");
        }
        if (!ev.bodyOpening().isEmpty()
                && Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(candidate) + "(?![\\p{L}\\p{N}])")
                        .matcher(ev.bodyOpening()).find()) {
            score += 1;
            why.add("named at the start of the body");
        }
        if (DESCRIBES_POST.matcher(candidate).find()) {
            score -= 3;
            why.add("describes the post");
        }
        return score;
    }
}
