package org.kinograph.map;

import java.util.Locale;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.kinograph.model.ReleaseEntry;
import org.kinograph.model.Value;
import org.kinograph.text.Countries;
import org.kinograph.text.Dates;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.SCHEMA;
import org.kinograph.vocab.KINO;

/** Releases other than the first: PublicationEvents with date, place, publisher and medium. */
final class ReleaseMapping {

    void map(FilmMapper.FilmContext f, Emitter base) {
        String first = f.firstReleaseDate();
        for (ReleaseEntry r : f.record().releases()) {
            Dates.Found d = Dates.first(r.date().text());
            if (d == null || d.date().toString().equals(first)) continue;
            Emitter out = base.with(r.rule(), r.confidence());
            String medium = medium(r.medium());
            String place = r.country() != null ? placeName(r.country()) : medium;
            Node event = Ids.child(f.film(), "release", d.date() + (place == null ? "" : " " + place));
            out.emit(f.film(), SCHEMA.releasedEvent, event, r.date());
            out.emit(event, RDF.Nodes.type, SCHEMA.PublicationEvent, r.date());
            out.typed(event, SCHEMA.startDate, d.date().toString(), XSDDatatype.XSDdate, r.date());
            if (r.country() != null) f.country(out, SCHEMA.location, r.country(), event);
            if (r.publisher() != null) {
                out.linkEntity(event, SCHEMA.publishedBy, "organization", SCHEMA.Organization, r.publisher());
            }
            if (medium != null) out.literal(event, KINO.medium, medium, r.medium());
        }
    }

    private static String placeName(Value country) {
        String c = Countries.canonical(country.text());
        return c != null ? c : country.text();
    }

    /** @return "DVD", "Blu-ray", "VHS", "theatrical", … for the medium as written, or null. */
    static String medium(Value written) {
        if (written == null) return null;
        String w = written.text().toLowerCase(Locale.ROOT);
        return switch (w) {
            case "theaters", "theatres", "cinemas", "theatrically" -> "theatrical";
            case "dvd" -> "DVD";
            case "vhs" -> "VHS";
            case "blu-ray" -> "Blu-ray";
            case "laserdisc" -> "LaserDisc";
            default -> written.text();
        };
    }
}
