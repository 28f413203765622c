package org.kinograph.map;

import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.kinograph.model.AccoladeEntry;
import org.kinograph.model.Value;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.KINO;
import org.kinograph.vocab.SCHEMA;

/**
 * Awards and nominations. A cell inherited from the row above (its span lies outside the row)
 * is stated with the rule suffixed "-rowspan" and a lower confidence.
 */
final class AccoladeMapping {
    private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");
    private static final double INHERITED_CONFIDENCE = 0.7;

    void map(FilmMapper.FilmContext f, Emitter base) {
        for (AccoladeEntry a : f.record().accolades()) {
            Emitter out = base.with(a.rule(), a.confidence());
            Node acc = Ids.child(f.film(), "accolade", key(a));
            out.emit(f.film(), KINO.accolade, acc, a.row());
            out.emit(acc, RDF.Nodes.type, KINO.Accolade, a.row());
            year(f, cell(out, a, a.year()), acc, a.year());
            if (a.award() != null) cell(out, a, a.award()).literal(acc, KINO.awardName, a.award().text(), a.award());
            if (a.category() != null) {
                cell(out, a, a.category()).literal(acc, KINO.category, a.category().text(), a.category());
            }
            result(f, cell(out, a, a.result()), acc, a.result());
            for (Value r : a.recipients()) recipient(f, out, acc, r);
            if (a.note() != null) out.literal(acc, KINO.note, a.note().text(), a.note());
        }
    }

    private static String key(AccoladeEntry a) {
        StringJoiner j = new StringJoiner(" ");
        for (Value v : new Value[] {a.year(), a.award(), a.category()}) {
            if (v != null) j.add(v.text());
        }
        return j.toString();
    }

    /** @return the emitter for a cell: the row's own, or the inherited-cell rule. */
    private static Emitter cell(Emitter out, AccoladeEntry a, Value cell) {
        boolean inherited = cell != null && (cell.begin() < a.row().begin() || cell.end() > a.row().end());
        return inherited ? out.with(a.rule() + "-rowspan", INHERITED_CONFIDENCE) : out;
    }

    private static void year(FilmMapper.FilmContext f, Emitter out, Node acc, Value year) {
        if (year == null) return;
        Matcher m = YEAR.matcher(year.text());
        if (!m.find()) {
            f.errors().warning(year, "not a year: \"" + year.text() + "\"");
            return;
        }
        out.typed(acc, KINO.year, m.group(), XSDDatatype.XSDgYear, year);
    }

    private static void result(FilmMapper.FilmContext f, Emitter out, Node acc, Value result) {
        if (result == null) return;
        String r = result.text().toLowerCase(Locale.ROOT);
        String normal = r.startsWith("won") || r.startsWith("win") || r.equals("awarded") ? "won"
                : r.startsWith("nomin") ? "nominated" : null;
        if (normal == null) {
            f.errors().warning(result, "unknown award result: \"" + result.text() + "\"");
            return;
        }
        out.literal(acc, KINO.result, normal, result);
    }

    private static void recipient(FilmMapper.FilmContext f, Emitter out, Node acc, Value r) {
        if (f.isTitle(r.text())) {
            out.emit(acc, KINO.recipient, f.film(), r);
        } else {
            out.linkEntity(acc, KINO.recipient, "person", SCHEMA.Person, r);
        }
    }
}
