package org.kinograph.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What one document says about one film, in a genre-neutral form: every value with its span.
 * Parsers fill it; the mapper turns it into triples.
 */
public final class FilmRecord {
    private final Value title;
    private final String titleRule;
    private final double titleConfidence;
    private Value year;
    private final List<Fact> facts = new ArrayList<>();
    private final List<CastEntry> cast = new ArrayList<>();
    private final List<ReleaseEntry> releases = new ArrayList<>();
    private final List<AccoladeEntry> accolades = new ArrayList<>();
    private final List<SourceWorkEntry> sourceWorks = new ArrayList<>();
    private final List<RatingEntry> ratings = new ArrayList<>();
    private final List<AdaptationEntry> adaptations = new ArrayList<>();

    /** @param title the title as written (disambiguator removed), with its rule and confidence */
    public FilmRecord(Value title, String titleRule, double titleConfidence) {
        this.titleConfidence = titleConfidence;
        this.title = title;
        this.titleRule = titleRule;
    }

    public Value title() { return title; }
    public String titleRule() { return titleRule; }
    public double titleConfidence() { return titleConfidence; }
    /** @return the film's year as written (4 digits), or null. */
    public Value year() { return year; }
    public List<Fact> facts() { return facts; }
    public List<CastEntry> cast() { return cast; }
    public List<ReleaseEntry> releases() { return releases; }
    public List<AccoladeEntry> accolades() { return accolades; }
    public List<SourceWorkEntry> sourceWorks() { return sourceWorks; }
    /** @return third-party ratings of the film ("7.1 out of 10 on IMDb"). */
    public List<RatingEntry> ratings() { return ratings; }
    /** @return works made from the film ("adapted into a TV drama series in 2008"). */
    public List<AdaptationEntry> adaptations() { return adaptations; }

    /** Sets the year when none is known yet. */
    public void yearIfAbsent(Value y) {
        if (year == null) year = y;
    }

    /** Adds a fact unless its value was lost (null). */
    public void add(Field field, Value value, String rule, double confidence) {
        if (value != null) facts.add(new Fact(field, value, rule, confidence));
    }

    /** @return the facts of one field, in document order. */
    public List<Fact> facts(Field field) {
        return facts.stream().filter(f -> f.field() == field).toList();
    }
}
