package org.kinograph.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A review, forum post or blog post about a film, as a document states it. Every part is
 * optional except the film it reviews; values that were lost stay null.
 */
public final class ReviewRecord {
    private final FilmRecord film;
    private final String rule;
    private final double confidence;
    private Value headline;
    private Value author;
    private boolean authorIsOrganization;
    private Value date;
    private Value body;
    private Value url;
    private String language;
    private PlaceEntry place;
    private RatingEntry rating;
    private final List<Value> keywords = new ArrayList<>();

    /**
     * @param film       the film reviewed (required)
     * @param rule       the rule that recognised the review
     * @param confidence its confidence in [0, 1]
     */
    public ReviewRecord(FilmRecord film, String rule, double confidence) {
        this.film = film;
        this.rule = rule;
        this.confidence = confidence;
    }

    public FilmRecord film() { return film; }
    public String rule() { return rule; }
    public double confidence() { return confidence; }
    /** @return the headline, or null. */ public Value headline() { return headline; }
    /** @return the author's name, or null. */ public Value author() { return author; }
    /** @return true when the author is a site or company rather than a person. */
    public boolean authorIsOrganization() { return authorIsOrganization; }
    /** @return the publication date or date-time as written, or null. */ public Value date() { return date; }
    /** @return the review text without site boilerplate (value = cleaned text), or null. */
    public Value body() { return body; }
    /** @return the post's URL, or null. */ public Value url() { return url; }
    /** @return the BCP 47 language of the body, or null. */ public String language() { return language; }
    /** @return where it was written, or null. */ public PlaceEntry place() { return place; }
    /** @return the reviewer's own rating of the film, or null. */ public RatingEntry rating() { return rating; }
    /** @return categories and tags, each as written. */ public List<Value> keywords() { return keywords; }

    public ReviewRecord headline(Value v) { headline = v; return this; }
    public ReviewRecord author(Value v, boolean organization) { author = v; authorIsOrganization = organization; return this; }
    public ReviewRecord date(Value v) { date = v; return this; }
    public ReviewRecord body(Value v) { body = v; return this; }
    public ReviewRecord url(Value v) { url = v; return this; }
    public ReviewRecord language(String tag) { language = tag; return this; }
    public ReviewRecord place(PlaceEntry p) { place = p; return this; }
    public ReviewRecord rating(RatingEntry r) { rating = r; return this; }
}
