package org.kinograph.map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.kinograph.model.CastEntry;
import org.kinograph.vocab.Ids;
import org.kinograph.vocab.KINO;
import org.kinograph.vocab.SCHEMA;

/**
 * Cast entries: actor, PerformanceRole with characterName, the character itself, and the link
 * from the role to the character ({@code kino:character}).
 */
final class CastMapping {

    void map(FilmMapper.FilmContext f, Emitter base) {
        for (CastEntry c : f.record().cast()) {
            Emitter out = base.with(c.rule(), c.confidence());
            Node actor = c.actor() == null ? null
                    : out.linkEntity(f.film(), SCHEMA.actor, "person", SCHEMA.Person, c.actor());
            if (actor == null && c.character() == null) continue; // an actor with no letter or digit in the name, and no role
            String key = actor != null ? c.actor().text() : "character " + c.character().text();
            Node role = Ids.child(f.film(), "role", key);
            var evidence = c.actor() != null ? c.actor() : c.character();
            out.emit(role, RDF.Nodes.type, SCHEMA.PerformanceRole, evidence);
            out.emit(f.film(), KINO.performance, role, evidence);
            if (actor != null) out.emit(role, SCHEMA.actor, actor, c.actor());
            if (c.character() != null) character(f, out, role, c);
        }
    }

    private static void character(FilmMapper.FilmContext f, Emitter out, Node role, CastEntry c) {
        String name = c.character().text();
        out.literal(role, SCHEMA.characterName, name, c.character());
        if (Ids.slug(name).isEmpty()) return;
        Node character = Ids.child(f.film(), "character", name);
        out.named(character, SCHEMA.Person, name, c.character());
        out.emit(character, RDF.Nodes.type, KINO.FictionalCharacter, c.character());
        out.emit(f.film(), SCHEMA.character, character, c.character());
        out.emit(role, KINO.character, character, c.character());
    }
}
