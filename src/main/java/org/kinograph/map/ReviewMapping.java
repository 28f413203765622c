package org.kinograph.map;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.vocabulary.RDF;
import org.kinograph.genre.DocumentErrors;
import org.kinograph.model.PlaceEntry;
import org.kinograph.model.RatingEntry;
import org.kinograph.model.ReviewRecord;
import org.kinograph.model.Value;
import org.kinograph.text.Dates;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.Literals;
import org.kinograph.vocab.SCHEMA;

/**
 * Reviews and posts: {@code schema:Review} with the film reviewed, author, date, headline, body,
 * URL, language, keywords, the reviewer's rating and the place it was written.
 */
final class ReviewMapping {
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?");

    void map(Node review, Node film, ReviewRecord r, Emitter base, DocumentErrors errors) {
        Emitter out = base.with(r.rule(), r.confidence());
        Value anchor = first(r.headline(), r.body(), r.film().title());
        out.emit(review, RDF.Nodes.type, SCHEMA.Review, anchor);
        out.emit(review, SCHEMA.itemReviewed, film, r.film().title());
        if (r.headline() != null) out.literal(review, SCHEMA.name, r.headline().text(), r.headline());
        if (r.body() != null) out.literal(review, SCHEMA.reviewBody, r.body().text(), r.body());
        if (r.author() != null) author(review, r, out);
        if (r.date() != null) date(review, r.date(), out, errors);
        if (r.url() != null) url(review, SCHEMA.url, r.url(), out, errors);
        if (r.language() != null) out.literal(review, SCHEMA.inLanguage, r.language(), anchor);
        for (Value k : r.keywords()) out.literal(review, SCHEMA.keywords, k.text(), k);
        if (r.rating() != null) rating(review, SCHEMA.reviewRating, Ids.child(review, "rating", "own"), SCHEMA.Rating,
                r.rating(), out, errors);
        if (r.place() != null) place(review, r.place(), out, errors);
    }

    private static Value first(Value... vs) {
        for (Value v : vs) if (v != null) return v;
        return null;
    }

    private static void author(Node review, ReviewRecord r, Emitter out) {
        boolean org = r.authorIsOrganization();
        out.linkEntity(review, SCHEMA.author, org ? "organization" : "person",
                org ? SCHEMA.Organization : SCHEMA.Person, r.author());
    }

    private static void date(Node review, Value v, Emitter out, DocumentErrors errors) {
        var dt = DATE_TIME.matcher(v.text());
        if (dt.find()) {
            try {
                out.emit(review, SCHEMA.datePublished, Literals.dateTime(parseInstant(dt.group())), v);
                return;
            } catch (java.time.format.DateTimeParseException e) {
                // fall through to a plain date
            }
        }
        Dates.Found d = Dates.first(v.text());
        if (d == null) {
            errors.warning(v, "not a date: \"" + v.text() + "\"");
            return;
        }
        out.typed(review, SCHEMA.datePublished, d.date().toString(), XSDDatatype.XSDdate, v);
    }

    private static java.time.Instant parseInstant(String s) {
        String iso = s.replace(' ', 'T');
        if (iso.matches(".*[+-]\\d{4}$")) iso = iso.substring(0, iso.length() - 2) + ":" + iso.substring(iso.length() - 2);
        if (iso.matches(".*T\\d{2}:\\d{2}$")) iso = iso + ":00";
        if (iso.endsWith("Z") || iso.matches(".*[+-]\\d{2}:\\d{2}$")) {
            return java.time.OffsetDateTime.parse(iso).toInstant();
        }
        return java.time.LocalDateTime.parse(iso).toInstant(java.time.ZoneOffset.UTC);
    }

    /** Links a URL as an IRI; text that is not an absolute IRI is reported and left out. */
    static void url(Node subject, Node property, Value v, Emitter out, DocumentErrors errors) {
        String iri = v.text().trim();
        if (!iri.matches("(?i)https?://\\S+") || !IRIs.check(iri)) {
            errors.warning(v, "not a web address: \"" + v.text() + "\"");
            return;
        }
        out.emit(subject, property, NodeFactory.createURI(iri), v);
    }

    /** States a rating node (its value, scale and author) linked from {@code subject}. */
    static void rating(Node subject, Node property, Node rating, Node type, RatingEntry r, Emitter base,
            DocumentErrors errors) {
        Emitter out = base.with(r.rule(), r.confidence());
        BigDecimal value = number(r.value());
        if (value == null) {
            errors.warning(r.value(), "not a rating: \"" + r.value().text() + "\"");
            return;
        }
        out.emit(subject, property, rating, r.value());
        out.emit(rating, RDF.Nodes.type, type, r.value());
        out.emit(rating, SCHEMA.ratingValue, Literals.decimal(value), r.value());
        BigDecimal best = r.best() == null ? null : number(r.best());
        if (best != null) out.emit(rating, SCHEMA.bestRating, Literals.decimal(best), r.best());
        if (r.author() != null) {
            out.linkEntity(rating, SCHEMA.author, "organization", SCHEMA.Organization, r.author());
        }
    }

    private static BigDecimal number(Value v) {
        var m = NUMBER.matcher(v.text().replace(',', '.'));
        return m.find() ? new BigDecimal(m.group()) : null;
    }

    private void place(Node review, PlaceEntry p, Emitter base, DocumentErrors errors) {
        Emitter out = base.with(p.rule(), p.confidence());
        BigDecimal lat = p.latitude() == null ? null : number(p.latitude());
        BigDecimal lon = p.longitude() == null ? null : number(p.longitude());
        String key = p.address() != null ? p.address().text() : lat + " " + lon;
        Value anchor = first(p.address(), p.latitude(), p.longitude());
        if (anchor == null || Ids.slug(key).isEmpty()) return;
        Node place = out.ids().entity("place", key);
        out.emit(review, SCHEMA.locationCreated, place, anchor);
        out.emit(place, RDF.Nodes.type, SCHEMA.Place, anchor);
        if (p.address() != null) out.literal(place, SCHEMA.address, p.address().text(), p.address());
        if (lat != null && lon != null) {
            Node geo = Ids.child(place, "geo", lat + " " + lon);
            out.emit(place, SCHEMA.geo, geo, p.latitude());
            out.emit(geo, RDF.Nodes.type, SCHEMA.GeoCoordinates, p.latitude());
            out.emit(geo, SCHEMA.latitude, Literals.decimal(lat), p.latitude());
            out.emit(geo, SCHEMA.longitude, Literals.decimal(lon), p.longitude());
        } else if (lat != null || lon != null) {
            errors.warning(anchor, "a geotag needs both latitude and longitude");
        }
    }
}
