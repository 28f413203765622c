package org.kinograph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kinograph.genre.DocumentErrors;
import org.kinograph.model.CastEntry;
import org.kinograph.model.FilmRecord;
import org.kinograph.model.Value;
import org.kinograph.prose.Names;

/**
 * A forum page's "Cast and Characters" section: blocks of an actor line, a character line and a
 * description, separated by blank lines, where either name line may be missing. A block with two
 * names pairs them (actor first, unless the evidence says the other way round). A block with one
 * name is an actor or a character only by evidence:
 * <ul>
 * <li>for an actor: the name is a known actor of the document (from "stars A and B", labelled
 * lines), or it is written like a person's name and does not recur in the story; a missing
 * character leaves an empty slot (an extra blank line) after the name;</li>
 * <li>for a character: the name, or a word of it, recurs in the plot, in the other blocks'
 * descriptions or character names; a missing actor leaves an extra blank line before it.</li>
 * </ul>
 * When the evidence does not clearly point one way, the block gives no entry (and a warning):
 * a character is never paired with an actor by guesswork.
 */
final class CastBlocks {
    private static final Pattern CAST_HEADING = Pattern.compile("(?i)^(?:the\\s+)?(?:main\\s+)?(?:cast"
            + "(?:\\s*(?:and|&|/|\\+)\\s*(?:characters?|crew|roles?))?|characters?\\s*(?:and|&)\\s*cast|cast list"
            + "|besetzung|darsteller(?:innen)?|darsteller und rollen|rollen und darsteller|distribution|casting"
            + "|personnages(?:\\s+et\\s+acteurs)?|acteurs et personnages|reparto|elenco|personajes|cast e personaggi"
            + "|personaggi e interpreti)\\s*:?$");
    private static final Pattern SECTION_HEADING = Pattern.compile("(?i)^(?:the\\s+|my\\s+)?(?:plot|plot summary|synopsis"
            + "|story|storyline|summary|review|reviews|reception|reviews and reception|critical reception|conclusion"
            + "|verdict|final thoughts|trivia|awards?|awards and nominations|production|soundtrack|music|release"
            + "|box office|opinion|handlung|inhalt|zusammenfassung|kritik|kritiken|fazit|rezeption|auszeichnungen"
            + "|produktion|résumé|critique|critiques|accueil|avis|récompenses|production|sinopsis|argumento|crítica"
            + "|críticas|conclusión|premios|trama|recensione|premi)\\b[^.!?]{0,30}:?$");
    private static final Pattern PLOT_HEADING = Pattern.compile("(?i)^(?:the\\s+)?(?:plot|plot summary|synopsis|story"
            + "|storyline|summary|handlung|inhalt|zusammenfassung|résumé|synopsis|sinopsis|argumento|trama)\\b[^.!?]{0,30}:?$");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}'’-]{2,}");

    static final String RULE = ForumPage.NAME + "/cast-block";

    private final WebPost post;
    private final DocumentErrors errors;
    private final RawSpans raw;

    CastBlocks(WebPost post, DocumentErrors errors, RawSpans raw) {
        this.post = post;
        this.errors = errors;
        this.raw = raw;
    }

    /** @return true when a body paragraph heads a cast section. */
    static boolean isCastHeading(String line) {
        return CAST_HEADING.matcher(line).matches();
    }

    /** Adds the entries of every cast section of the body. */
    void read(FilmRecord film) {
        List<WebPost.Para> body = post.body;
        for (int i = 0; i < body.size(); i++) {
            if (!isCastHeading(body.get(i).value().text())) continue;
            int end = i + 1;
            while (end < body.size() && !isHeading(body.get(end).value().text())) end++;
            readSection(body, i + 1, end, film);
            i = end - 1;
        }
    }

    static boolean isHeading(String line) {
        return line.indexOf('\n') < 0 && (SECTION_HEADING.matcher(line).matches() || isCastHeading(line));
    }

    /** Name lines, the description after them (or null), and whether the block opens the section. */
    private record Block(List<WebPost.Para> names, WebPost.Para description, boolean first) {}

    private void readSection(List<WebPost.Para> body, int from, int to, FilmRecord film) {
        List<Block> blocks = new ArrayList<>();
        List<WebPost.Para> pending = new ArrayList<>();
        for (int i = from; i < to; i++) {
            WebPost.Para p = body.get(i);
            if (isNameLine(p.value().text())) {
                pending.add(p);
            } else {
                blocks.add(new Block(List.copyOf(pending), p, blocks.isEmpty()));
                pending.clear();
            }
        }
        if (!pending.isEmpty()) blocks.add(new Block(List.copyOf(pending), null, blocks.isEmpty()));
        String story = story(body, from, to, blocks);
        Set<String> actors = Set.copyOf(WebPost.people(film).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
        for (Block b : blocks) {
            String others = story + "\n" + otherBlocks(blocks, b);
            if (b.names().size() == 2) {
                pair(b, others, actors, film);
            } else {
                for (WebPost.Para n : b.names()) single(b, n, others, actors, film);
            }
        }
    }

    /** A name line: one short line of capitalised words, no sentence punctuation, no digits. */
    static boolean isNameLine(String line) {
        if (line.indexOf('\n') >= 0 || line.length() > 50 || line.chars().anyMatch(Character::isDigit)) return false;
        int words = WebPost.words(line);
        return words >= 1 && words <= 5 && Character.isUpperCase(line.codePointAt(0))
                && !line.matches(".*[.!?;:,]$") && !isHeading(line);
    }

    private void pair(Block b, String others, Set<String> actors, FilmRecord film) {
        Value first = b.names().get(0).value();
        Value second = b.names().get(1).value();
        int lean = (actorScore(first, others, actors) - characterScore(first, others))
                - (actorScore(second, others, actors) - characterScore(second, others));
        if (lean <= -2) {
            film.cast().add(new CastEntry(second, first, RULE + "-swapped", 0.7));
        } else {
            film.cast().add(new CastEntry(first, second, RULE, 0.85));
        }
    }

    private void single(Block b, WebPost.Para name, String others, Set<String> actors, FilmRecord film) {
        Value n = name.value();
        int actor = actorScore(n, others, actors);
        int character = characterScore(n, others);
        if (b.names().size() == 1 && b.description() != null) {
            if (b.description().blanksBefore() >= 2) actor++;   // the character's slot is empty
            if (!b.first() && name.blanksBefore() >= 2) character++; // the actor's slot is empty
        }
        if (actor - character >= 2) {
            film.cast().add(new CastEntry(n, null, RULE + "-actor-only", 0.7));
        } else if (character - actor >= 2) {
            film.cast().add(new CastEntry(null, n, RULE + "-character-only", 0.7));
        } else {
            errors.warning(raw.v(n), "cast block \"" + n.text() + "\": cannot tell whether it names the actor or "
                    + "the character; left out");
        }
    }

    /** +2 for a known actor; +1 for a person-like name that does not recur in the story. */
    private static int actorScore(Value n, String others, Set<String> actors) {
        if (actors.contains(n.text().toLowerCase(Locale.ROOT))) return 2;
        return Names.looksLikePerson(n.text()) && !recurs(n.text(), others) ? 1 : 0;
    }

    /** +2 when the name or one of its words recurs in the story, the descriptions or other character names. */
    private static int characterScore(Value n, String others) {
        return recurs(n.text(), others) ? 2 : 0;
    }

    private static boolean recurs(String name, String others) {
        Matcher t = TOKEN.matcher(name);
        while (t.find()) {
            if (Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(t.group()) + "(?![\\p{L}\\p{M}])")
                    .matcher(others).find()) return true;
        }
        return false;
    }

    /** The plot section's text (or, without one, the body before the cast section) and all descriptions. */
    private static String story(List<WebPost.Para> body, int castFrom, int castTo, List<Block> blocks) {
        StringBuilder s = new StringBuilder();
        boolean plot = false;
        boolean anyPlot = false;
        for (int i = 0; i < body.size(); i++) {
            String t = body.get(i).value().text();
            if (isHeading(t)) {
                plot = PLOT_HEADING.matcher(t).matches();
                anyPlot |= plot;
                continue;
            }
            if (plot) s.append(t).append('\n');
        }
        if (!anyPlot) {
            for (int i = 0; i < castFrom - 1; i++) s.append(body.get(i).value().text()).append('\n');
        }
        return s.toString();
    }

    /** The other blocks' descriptions and second name lines (the characters). */
    private static String otherBlocks(List<Block> blocks, Block self) {
        StringBuilder s = new StringBuilder();
        for (Block b : blocks) {
            if (b == self) continue;
            if (b.description() != null) s.append(b.description().value().text()).append('\n');
            if (b.names().size() == 2) s.append(b.names().get(1).value().text()).append('\n');
        }
        return s.toString();
    }
}
