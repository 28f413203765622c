package org.kinograph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The schema.org terms Kinograph writes, in the {@code http://schema.org/} namespace. */
public final class SCHEMA {
    /** Namespace IRI (http, as schema.org's JSON-LD context expands to). */
    public static final String NS = "http://schema.org/";

    public static final Node Movie = term("Movie");
    public static final Node Person = term("Person");
    public static final Node Organization = term("Organization");
    public static final Node Country = term("Country");
    public static final Node PerformanceRole = term("PerformanceRole");
    public static final Node PublicationEvent = term("PublicationEvent");
    public static final Node MonetaryAmount = term("MonetaryAmount");
    public static final Node Book = term("Book");
    public static final Node CreativeWork = term("CreativeWork");
    public static final Node TVSeries = term("TVSeries");
    public static final Node SoftwareApplication = term("SoftwareApplication");
    public static final Node Review = term("Review");
    public static final Node Rating = term("Rating");
    public static final Node AggregateRating = term("AggregateRating");
    public static final Node Place = term("Place");
    public static final Node GeoCoordinates = term("GeoCoordinates");

    public static final Node name = term("name");
    public static final Node alternateName = term("alternateName");
    public static final Node director = term("director");
    public static final Node producer = term("producer");
    public static final Node author = term("author");
    public static final Node actor = term("actor");
    public static final Node characterName = term("characterName");
    public static final Node character = term("character");
    public static final Node musicBy = term("musicBy");
    public static final Node productionCompany = term("productionCompany");
    public static final Node datePublished = term("datePublished");
    public static final Node releasedEvent = term("releasedEvent");
    public static final Node startDate = term("startDate");
    public static final Node location = term("location");
    public static final Node publishedBy = term("publishedBy");
    public static final Node duration = term("duration");
    public static final Node countryOfOrigin = term("countryOfOrigin");
    public static final Node inLanguage = term("inLanguage");
    public static final Node isBasedOn = term("isBasedOn");
    public static final Node workExample = term("workExample");
    public static final Node dateCreated = term("dateCreated");
    public static final Node genre = term("genre");
    public static final Node value = term("value");
    public static final Node currency = term("currency");
    public static final Node description = term("description");
    public static final Node url = term("url");
    public static final Node softwareVersion = term("softwareVersion");
    public static final Node sameAs = term("sameAs");
    public static final Node image = term("image");
    public static final Node itemReviewed = term("itemReviewed");
    public static final Node reviewBody = term("reviewBody");
    public static final Node reviewRating = term("reviewRating");
    public static final Node keywords = term("keywords");
    public static final Node locationCreated = term("locationCreated");
    public static final Node geo = term("geo");
    public static final Node latitude = term("latitude");
    public static final Node longitude = term("longitude");
    public static final Node address = term("address");
    public static final Node aggregateRating = term("aggregateRating");
    public static final Node ratingValue = term("ratingValue");
    public static final Node bestRating = term("bestRating");

    private SCHEMA() {}

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
