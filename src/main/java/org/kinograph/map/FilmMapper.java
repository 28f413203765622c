package org.kinograph.map;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.kinograph.genre.DocumentErrors;
import org.kinograph.model.Fact;
import org.kinograph.model.Field;
import org.kinograph.model.FilmRecord;
import org.kinograph.model.Value;
import org.kinograph.text.Countries;
import org.kinograph.text.Dates;
import org.kinograph.text.Durations;
import org.kinograph.text.Languages;
import org.kinograph.text.Money;
import org.kinograph.text.Numbers;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.KINO;
import org.kinograph.vocab.Literals;
import org.kinograph.vocab.SCHEMA;

/**
 * Maps what a document says about a film (a {@link FilmRecord}) to schema.org and kino: triples,
 * as docs/mapping.md specifies. A pure function of the record: the same record gives the same
 * assertions. Values that cannot be understood are reported and left out.
 */
public final class FilmMapper {

    /** Maps one fact of a field. */
    @FunctionalInterface
    interface FactMapping {
        void map(FilmContext film, Emitter out, Value value);
    }

    private final Map<Field, FactMapping> mappings = new EnumMap<>(Field.class);
    private final Ids ids;

    /** @param ids the IRI minting to use */
    public FilmMapper(Ids ids) {
        this.ids = ids;
        person(Field.DIRECTOR, SCHEMA.director);
        person(Field.PRODUCER, SCHEMA.producer);
        person(Field.WRITER, SCHEMA.author);
        person(Field.ACTOR, SCHEMA.actor);
        person(Field.MUSIC, SCHEMA.musicBy);
        person(Field.CINEMATOGRAPHER, KINO.cinematographer);
        person(Field.EDITOR, KINO.filmEditor);
        organization(Field.PRODUCTION_COMPANY, SCHEMA.productionCompany);
        organization(Field.DISTRIBUTOR, KINO.distributor);
        mappings.put(Field.RELEASE_DATE, FilmMapper::releaseDate);
        mappings.put(Field.RUNTIME, FilmMapper::runtime);
        mappings.put(Field.COUNTRY, (f, out, v) -> f.country(out, SCHEMA.countryOfOrigin, v, f.film()));
        mappings.put(Field.LANGUAGE, FilmMapper::language);
        mappings.put(Field.BUDGET, (f, out, v) -> money(f, out, v, KINO.budget, "budget"));
        mappings.put(Field.BOX_OFFICE, (f, out, v) -> money(f, out, v, KINO.boxOffice, "box-office"));
        mappings.put(Field.ADMISSIONS, FilmMapper::admissions);
        mappings.put(Field.DESCRIPTION, (f, out, v) -> out.literal(f.film(), SCHEMA.description, v.text(), v));
        mappings.put(Field.ALTERNATE_NAME, (f, out, v) -> out.literal(f.film(), SCHEMA.alternateName, v.text(), v));
        mappings.put(Field.LINK, (f, out, v) -> ReviewMapping.url(f.film(), SCHEMA.sameAs, v, out, f.errors()));
        mappings.put(Field.IMAGE, (f, out, v) -> ReviewMapping.url(f.film(), SCHEMA.image, v, out, f.errors()));
        mappings.put(Field.GENRE, (f, out, v) -> out.literal(f.film(), SCHEMA.genre, v.text(), v));
    }

    /**
     * Maps a film record.
     *
     * @param record what the document says
     * @param sink   where the assertions go
     * @param errors where values that cannot be understood are reported
     * @return the film's IRI
     */
    public Node map(FilmRecord record, AssertionSink sink, DocumentErrors errors) {
        Value year = record.year();
        Node film = ids.film(record.title().text(), year == null ? null : year.text());
        FilmContext ctx = new FilmContext(film, record, errors);
        Emitter title = new Emitter(sink, ids, record.titleRule(), record.titleConfidence());
        title.named(film, SCHEMA.Movie, record.title().text(), record.title());
        for (Fact fact : record.facts()) {
            mappings.get(fact.field()).map(ctx, title.with(fact.rule(), fact.confidence()), fact.value());
        }
        new CastMapping().map(ctx, title);
        new ReleaseMapping().map(ctx, title);
        new AccoladeMapping().map(ctx, title);
        new SourceWorkMapping().map(ctx, title);
        new AdaptationMapping().map(ctx, title);
        for (var r : record.ratings()) {
            String by = r.author() == null ? "unknown" : r.author().text();
            ReviewMapping.rating(film, SCHEMA.aggregateRating, Ids.child(film, "rating", by), SCHEMA.AggregateRating,
                    r, title, errors);
        }
        return film;
    }

    private void person(Field field, Node property) {
        mappings.put(field, (f, out, v) -> out.linkEntity(f.film(), property, "person", SCHEMA.Person, v));
    }

    private void organization(Field field, Node property) {
        mappings.put(field, (f, out, v) -> out.linkEntity(f.film(), property, "organization", SCHEMA.Organization, v));
    }

    private static void releaseDate(FilmContext f, Emitter out, Value v) {
        Dates.Found d = Dates.first(v.text());
        if (d == null) {
            f.errors().warning(v, "not a date: \"" + v.text() + "\"");
            return;
        }
        out.typed(f.film(), SCHEMA.datePublished, d.date().toString(), XSDDatatype.XSDdate, v);
    }

    private static void runtime(FilmContext f, Emitter out, Value v) {
        int minutes = Durations.minutes(v.text());
        if (minutes <= 0) {
            f.errors().warning(v, "not a running time: \"" + v.text() + "\"");
            return;
        }
        out.typed(f.film(), SCHEMA.duration, Durations.lexical(minutes), XSDDatatype.XSDduration, v);
    }

    private static void language(FilmContext f, Emitter out, Value v) {
        String tag = Languages.tag(v.text());
        if (tag == null) {
            f.errors().warning(v, "unknown language: \"" + v.text() + "\"");
            return;
        }
        out.literal(f.film(), SCHEMA.inLanguage, tag, v);
    }

    private static void money(FilmContext f, Emitter out, Value v, Node property, String kind) {
        Money.Found m = Money.first(v.text());
        if (m == null) {
            f.errors().warning(v, "not an amount of money: \"" + v.text() + "\"");
            return;
        }
        Value evidence = v.sub(m.begin(), m.end());
        Node amount = Ids.child(f.film(), kind, m.currency() + " " + m.value().toPlainString());
        out.emit(f.film(), property, amount, evidence);
        out.emit(amount, org.apache.jena.vocabulary.RDF.Nodes.type, SCHEMA.MonetaryAmount, evidence);
        out.emit(amount, SCHEMA.value, Literals.decimal(m.value()), evidence);
        out.literal(amount, SCHEMA.currency, m.currency(), evidence);
    }

    private static void admissions(FilmContext f, Emitter out, Value v) {
        Numbers.Found n = Numbers.audience(v.text());
        String digits = v.text().replace(",", "").trim();
        BigDecimal count = n != null ? n.value() : digits.matches("\\d+") ? new BigDecimal(digits) : null;
        if (count == null) {
            f.errors().warning(v, "not an audience figure: \"" + v.text() + "\"");
            return;
        }
        out.emit(f.film(), KINO.admissions, Literals.decimal(count), v);
    }

    /** The film being mapped, with what mappings need to share. */
    record FilmContext(Node film, FilmRecord record, DocumentErrors errors) {

        /** @return true when the text names this film (its title or another title). */
        boolean isTitle(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            if (t.equals(record.title().text().toLowerCase(Locale.ROOT))) return true;
            return record.facts(Field.ALTERNATE_NAME).stream()
                    .anyMatch(a -> a.value().text().toLowerCase(Locale.ROOT).equals(t));
        }

        /** Links a Country named by the value, from {@code subject}; unknown names are kept as written. */
        Node country(Emitter out, Node property, Value v, Node subject) {
            String canonical = Countries.canonical(v.text());
            String name = canonical != null ? canonical : v.text();
            if (Ids.slug(name).isEmpty()) return null;
            Node node = out.ids().entity("country", name);
            out.named(node, SCHEMA.Country, name, v);
            out.emit(subject, property, node, v);
            return node;
        }

        /** @return the first release date as an ISO string, or null. */
        String firstReleaseDate() {
            return record.facts(Field.RELEASE_DATE).stream()
                    .map(f -> Dates.first(f.value().text()))
                    .filter(java.util.Objects::nonNull)
                    .map(d -> d.date().toString()).findFirst().orElse(null);
        }
    }
}
