package org.kinograph.resolve;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.jena.graph.Node;

/**
 * Pairwise verdicts of entity resolution: are two mentions one film, one person, one character,
 * one accolade, one organization, one country, one source work? Pure functions of the mentions
 * (and of the films already resolved, for the evidence "credited on the same film"). Which pairs
 * are compared, and the decisions that need a whole block (a film without a year, a short
 * character name), are {@link StoreResolver}'s.
 */
public final class MentionMatcher {
    /** Names at least this alike (Jaro-Winkler on the folded tokens) may be one person's, with evidence. */
    public static final double SIMILAR_NAME = 0.9;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private MentionMatcher() {}

    // ---------------------------------------------------------------------------------------------
    // Films and works

    /** @return the title key both mentions share (full titles, or a bare title and the other's main title), or null. */
    public static String sharedTitleKey(Mention a, Mention b) {
        Set<String> fullA = new TreeSet<>();
        Set<String> mainA = new TreeSet<>();
        Set<String> fullB = new TreeSet<>();
        Set<String> mainB = new TreeSet<>();
        titles(a, fullA, mainA);
        titles(b, fullB, mainB);
        for (String k : fullA) if (fullB.contains(k)) return k;
        for (String k : mainA) if (fullB.contains(k)) return k;
        for (String k : fullA) if (mainB.contains(k)) return k;
        return null;
    }

    private static void titles(Mention m, Set<String> full, Set<String> main) {
        List<String> all = new ArrayList<>(m.names().keySet());
        all.addAll(m.altNames());
        for (String n : all) {
            Normaliser.TitleKeys k = Normaliser.titleKeys(n);
            if (!k.full().isEmpty()) full.add(k.full());
            if (!k.main().isEmpty()) main.add(k.main());
        }
    }

    /**
     * Two film mentions on their own (a block of two): same title and the same year; or same title
     * and one without a year (it joins the one film of that title that has one); or same title and
     * neither has a year. Different years are different films; without a year to compare, films
     * whose directors are known and differ are different films.
     */
    public static Decision sameFilm(Mention a, Mention b) {
        String key = sharedTitleKey(a, b);
        if (key == null) return Decision.no("different titles");
        String ya = a.year();
        String yb = b.year();
        List<String> ev = new ArrayList<>();
        ev.add("same title \"" + key + "\"");
        List<String> agree = filmAgreement(a, b);
        if (ya != null && yb != null) {
            if (!ya.equals(yb)) return Decision.no("different years " + ya + " and " + yb);
            ev.add("same year " + ya);
            ev.addAll(agree);
            return Decision.yes("resolve/film-title-year", agree.isEmpty() ? 0.95 : 0.98, key, ev);
        }
        if (!a.directors().isEmpty() && !b.directors().isEmpty()
                && common(a.directors(), b.directors()).isEmpty()) {
            return Decision.no("no year to compare, and the directors differ");
        }
        if (ya == null && yb == null) {
            ev.add("neither names a year");
            ev.addAll(agree);
            return Decision.yes("resolve/film-title", agree.isEmpty() ? 0.8 : 0.9, key, ev);
        }
        ev.add("the only film of that title with a year (" + (ya != null ? ya : yb) + ")");
        ev.addAll(agree);
        return Decision.yes("resolve/film-title-no-year", agree.isEmpty() ? 0.85 : 0.93, key, ev);
    }

    /**
     * A film without a year, and one of several films of its title that have one: the same only
     * with evidence beyond the title (a director or cast member in common).
     */
    public static Decision sameFilmAmongSeveral(Mention yearless, Mention dated) {
        String key = sharedTitleKey(yearless, dated);
        if (key == null) return Decision.no("different titles");
        List<String> agree = filmAgreement(yearless, dated);
        if (agree.isEmpty()) return Decision.no("several films of this title have a year, and nothing else agrees");
        List<String> ev = new ArrayList<>();
        ev.add("same title \"" + key + "\"");
        ev.add("one of several films of that title with a year (" + dated.year() + ")");
        ev.addAll(agree);
        return Decision.yes("resolve/film-title-evidence", 0.8, key, ev);
    }

    /** @return the evidence beyond the title: directors and cast members the two name alike. */
    public static List<String> filmAgreement(Mention a, Mention b) {
        List<String> ev = new ArrayList<>();
        Set<String> directors = common(a.directors(), b.directors());
        if (!directors.isEmpty()) ev.add("same director " + String.join(", ", directors));
        Set<String> cast = common(a.cast(), b.cast());
        if (!cast.isEmpty()) ev.add("cast in common: " + String.join(", ", cast));
        return ev;
    }

    /** @return the name keys of people named alike in both lists (order of names ignored). */
    private static Set<String> common(Collection<String> a, Collection<String> b) {
        Set<String> kb = new HashSet<>();
        for (String n : b) kb.add(Normaliser.nameKey(n));
        Set<String> out = new TreeSet<>();
        for (String n : a) {
            String k = Normaliser.nameKey(n);
            if (!k.isEmpty() && kb.contains(k)) out.add(k);
        }
        return out;
    }

    /**
     * Source works: the same title; or a bare title and the other's main title ("Tide Line" and
     * "Tide Line: A Harbour Story") when a film is based on both.
     */
    public static Decision sameWork(Mention a, Mention b, Function<Node, Node> film) {
        Set<String> fullA = new TreeSet<>();
        Set<String> fullB = new TreeSet<>();
        titles(a, fullA, new TreeSet<>());
        titles(b, fullB, new TreeSet<>());
        for (String k : fullA) {
            if (fullB.contains(k)) return Decision.yes("resolve/work-title", 0.9, k, List.of("same title \"" + k + "\""));
        }
        String key = sharedTitleKey(a, b);
        if (key == null) return Decision.no("different titles");
        Node shared = sharedFilm(a, b, film);
        if (shared == null) return Decision.no("only the main titles agree, and no film is based on both");
        return Decision.yes("resolve/work-title-film", 0.85, key,
                List.of("same main title \"" + key + "\"", "the film " + shared.getURI() + " is based on both"))
                .withSharedFilm(shared);
    }

    // ---------------------------------------------------------------------------------------------
    // People

    /**
     * Two people by their names: the same spelling once folded ("Ryūko" = "Ryuko" = "Ryuuko"); or the
     * same names in the other order ("Tanabe Aiko" = "Aiko Tanabe") when they are credited on
     * the same film or in the same way (both directors). A name of one word never joins a longer
     * one ("Ren" is not "Ren Oda").
     */
    public static Decision samePerson(Mention a, Mention b, Function<Node, Node> film) {
        Node shared = sharedFilm(a, b, film);
        Set<String> credits = new TreeSet<>(a.credits());
        credits.retainAll(b.credits());
        Decision best = Decision.no("names differ");
        for (String na : a.names().keySet()) {
            for (String nb : b.names().keySet()) {
                Decision d = samePersonName(na, nb, shared, credits);
                if (d.same() && (!best.same() || d.confidence() > best.confidence())) best = d;
                else if (!best.same() && !d.same()) best = d;
            }
        }
        return best.same() && shared != null ? best.withSharedFilm(shared) : best;
    }

    private static Decision samePersonName(String na, String nb, Node shared, Set<String> credits) {
        List<String> ta = Normaliser.tokens(na);
        List<String> tb = Normaliser.tokens(nb);
        if (ta.isEmpty() || tb.isEmpty()) return Decision.no("no name");
        if (ta.size() != tb.size()) return Decision.no("\"" + na + "\" and \"" + nb + "\" have different numbers of names");
        List<String> ev = new ArrayList<>();
        if (ta.equals(tb)) {
            String key = String.join(" ", ta);
            ev.add("same name \"" + key + "\" (\"" + na + "\", \"" + nb + "\")");
            if (shared != null) ev.add("both credited on " + shared.getURI());
            return Decision.yes("resolve/person-name", shared != null ? 0.97 : 0.9, key, ev);
        }
        String ka = String.join(" ", ta.stream().sorted().toList());
        String kb = String.join(" ", tb.stream().sorted().toList());
        if (ka.equals(kb) && ta.size() > 1) {
            ev.add("same names in the other order (\"" + na + "\", \"" + nb + "\")");
            if (shared != null) {
                ev.add("both credited on " + shared.getURI());
                return Decision.yes("resolve/person-name-order", 0.9, ka, ev);
            }
            if (!credits.isEmpty()) {
                ev.add("both credited as " + String.join(", ", credits));
                return Decision.yes("resolve/person-name-order", 0.75, ka, ev);
            }
            return Decision.no("names in the other order, but no film or credit in common");
        }
        return Decision.no("\"" + na + "\" and \"" + nb + "\" are different names");
    }

    /**
     * Two people credited on the same film, in the same way, whose names are only alike (a
     * misspelling, another romanisation: "Mori Kesuke" and "Keisuke Mori"): the same number of
     * names, one of them identical, the others alike (Jaro-Winkler at least {@link #SIMILAR_NAME},
     * same first letter), in either order; and no document names both (a document that names two
     * spellings means two people).
     */
    public static Decision similarPerson(Mention a, Mention b, Function<Node, Node> film) {
        Node shared = sharedFilm(a, b, film);
        if (shared == null) return Decision.no("no film in common");
        Set<String> credits = new TreeSet<>(a.credits());
        credits.retainAll(b.credits());
        if (credits.isEmpty()) return Decision.no("credited differently");
        Set<Node> both = new HashSet<>(a.graphs());
        both.retainAll(b.graphs());
        if (!both.isEmpty()) return Decision.no("a document names both");
        Decision best = Decision.no("names not alike");
        for (String na : a.names().keySet()) {
            for (String nb : b.names().keySet()) {
                Double sim = aligned(Normaliser.tokens(na), Normaliser.tokens(nb));
                if (sim == null || (best.similarity() != null && best.similarity() >= sim)) continue;
                double s = round(sim);
                best = new Decision(true, "resolve/person-similar-name", round(0.5 + 0.3 * s),
                        List.of("names alike (Jaro-Winkler " + s + "): \"" + na + "\", \"" + nb + "\"",
                                "both credited on " + shared.getURI(), "both credited as " + String.join(", ", credits)),
                        Normaliser.nameKey(na), s, shared);
            }
        }
        return best;
    }

    /** @return the similarity of two token lists aligned in order or reversed, or null when they do not align. */
    static Double aligned(List<String> a, List<String> b) {
        if (a.size() != b.size() || a.size() < 2) return null;
        Double best = null;
        for (boolean reversed : new boolean[] {false, true}) {
            List<String> bb = new ArrayList<>(b);
            if (reversed) java.util.Collections.reverse(bb);
            int identical = 0;
            double sum = 0;
            boolean ok = true;
            for (int i = 0; i < a.size() && ok; i++) {
                String x = a.get(i);
                String y = bb.get(i);
                if (x.equals(y)) {
                    identical++;
                    sum += 1;
                    continue;
                }
                double s = JARO_WINKLER.apply(x, y);
                ok = s >= SIMILAR_NAME && x.charAt(0) == y.charAt(0);
                sum += s;
            }
            if (ok && identical >= 1 && identical < a.size()) {
                double s = sum / a.size();
                if (best == null || s > best) best = s;
            }
        }
        return best;
    }

    /** @return a (canonical) film both mentions are credited on, the first in IRI order, or null. */
    static Node sharedFilm(Mention a, Mention b, Function<Node, Node> film) {
        Set<Node> fa = new TreeSet<>(Mention.BY_IRI);
        for (Node f : a.films()) fa.add(film.apply(f));
        Set<Node> fb = new TreeSet<>(Mention.BY_IRI);
        for (Node f : b.films()) fb.add(film.apply(f));
        fa.retainAll(fb);
        return fa.isEmpty() ? null : fa.iterator().next();
    }

    // ---------------------------------------------------------------------------------------------
    // Characters

    /**
     * Two characters of one film (already the same canonical film). Never when their actors
     * conflict (both known, none in common). The same names, in any order ("Hayama Jun" = "Jun
     * Hayama"); or a one-word name that is a name of exactly one longer character name of the
     * film ("Jun" and "Jun Hayama", when no other character is a Jun).
     *
     * @param longerNames the name keys of every character of the film named with two words or more
     * @param actor       the canonical person of an actor mention
     */
    public static Decision sameCharacter(Mention a, Mention b, Collection<String> longerNames,
            Function<Node, Node> actor) {
        Set<Node> aa = new TreeSet<>(Mention.BY_IRI);
        a.actors().forEach(x -> aa.add(actor.apply(x)));
        Set<Node> ab = new TreeSet<>(Mention.BY_IRI);
        b.actors().forEach(x -> ab.add(actor.apply(x)));
        Set<Node> sameActor = new TreeSet<>(Mention.BY_IRI);
        sameActor.addAll(aa);
        sameActor.retainAll(ab);
        if (!aa.isEmpty() && !ab.isEmpty() && sameActor.isEmpty()) return Decision.no("played by different actors");
        String actorEvidence = sameActor.isEmpty() ? "no actor against it"
                : "same actor " + sameActor.iterator().next().getURI();
        for (String na : a.names().keySet()) {
            for (String nb : b.names().keySet()) {
                String ka = Normaliser.nameKey(na);
                String kb = Normaliser.nameKey(nb);
                if (ka.isEmpty() || kb.isEmpty()) continue;
                if (ka.equals(kb)) {
                    return Decision.yes("resolve/character-name", sameActor.isEmpty() ? 0.85 : 0.95, ka,
                            List.of("same names \"" + na + "\", \"" + nb + "\"", actorEvidence));
                }
                Decision d = shortName(na, nb, longerNames, sameActor.isEmpty(), actorEvidence);
                if (d == null) d = shortName(nb, na, longerNames, sameActor.isEmpty(), actorEvidence);
                if (d != null) return d;
            }
        }
        return Decision.no("different names");
    }

    private static Decision shortName(String shortName, String longName, Collection<String> longerNames,
            boolean noActor, String actorEvidence) {
        List<String> s = Normaliser.tokens(shortName);
        List<String> l = Normaliser.tokens(longName);
        if (s.size() != 1 || l.size() < 2 || !l.contains(s.get(0))) return null;
        long holders = longerNames.stream().distinct().filter(k -> List.of(k.split(" ")).contains(s.get(0))).count();
        if (holders != 1) return null;
        return Decision.yes("resolve/character-short-name", noActor ? 0.7 : 0.9, Normaliser.nameKey(longName),
                List.of("\"" + shortName + "\" is a name of \"" + longName + "\", the only character of the film so named",
                        actorEvidence));
    }

    // ---------------------------------------------------------------------------------------------
    // Accolades, organizations, countries

    /**
     * Two accolades of one film: the same award (ordinal, year and "Award(s)"/"Prize" aside) in
     * the same category, and no two different years. Recipients are not compared: sources that
     * disagree about them disagree about one accolade (a conflict, not two accolades).
     */
    public static Decision sameAccolade(Mention a, Mention b) {
        String award = commonKey(a.names().keySet(), b.names().keySet(), Normaliser::awardKey);
        if (award == null) return Decision.no("different awards");
        String category;
        if (a.categories().isEmpty() && b.categories().isEmpty()) {
            category = "";
        } else {
            category = commonKey(a.categories(), b.categories(), Normaliser::categoryKey);
            if (category == null) return Decision.no("different categories");
        }
        String ya = a.year();
        String yb = b.year();
        if (ya != null && yb != null && !ya.equals(yb)) return Decision.no("different years " + ya + " and " + yb);
        List<String> ev = new ArrayList<>();
        ev.add("same award \"" + award + "\"");
        if (!category.isEmpty()) ev.add("same category \"" + category + "\"");
        ev.add(ya != null && yb != null ? "same year " + ya : "no year against it");
        String key = category.isEmpty() ? award : award + " / " + category;
        return Decision.yes("resolve/accolade", ya != null && yb != null ? 0.95 : 0.85, key, ev);
    }

    /** @return the first key (in order) that both name lists give, or null. */
    private static String commonKey(Collection<String> a, Collection<String> b, Function<String, String> key) {
        Set<String> kb = new HashSet<>();
        for (String n : b) kb.add(key.apply(n));
        Set<String> out = new TreeSet<>();
        for (String n : a) {
            String k = key.apply(n);
            if (!k.isEmpty() && kb.contains(k)) out.add(k);
        }
        return out.isEmpty() ? null : out.iterator().next();
    }

    /** Organizations: the same name once legal suffixes are dropped ("Aozora Eiga Co., Ltd." = "Aozora Eiga"). */
    public static Decision sameOrganization(Mention a, Mention b) {
        String k = commonKey(a.names().keySet(), b.names().keySet(), Normaliser::organizationKey);
        if (k == null) return Decision.no("different names");
        return Decision.yes("resolve/organization-name", 0.9, k, List.of("same name \"" + k + "\" without legal suffixes"));
    }

    /** Countries: the same folded name. */
    public static Decision sameCountry(Mention a, Mention b) {
        String k = commonKey(a.names().keySet(), b.names().keySet(), Normaliser::fold);
        if (k == null) return Decision.no("different names");
        return Decision.yes("resolve/country-name", 0.95, k, List.of("same name \"" + k + "\""));
    }

    static double round(double d) {
        return new BigDecimal(d).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
