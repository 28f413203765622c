package org.kinograph.genre;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.kinograph.article.EncyclopediaArticle;
import org.kinograph.web.StaticSitePost;
import org.kinograph.web.BlogReview;
import org.kinograph.web.ForumPage;

/**
 * The registered genres. Detection scores a text with the genres in the order they were
 * registered; the best score at or above {@link #THRESHOLD} wins, the earlier registered on a tie.
 * A score of 1 is certain: no later genre could rank above it, so detection stops there (an
 * encyclopedia article is not read again as a web page). Genres are added with {@link #register},
 * never switched on by name.
 */
public final class GenreRegistry {
    /** The lowest score that counts as a match. */
    public static final double THRESHOLD = 0.5;

    private static final GenreRegistry STANDARD = new GenreRegistry();

    static {
        STANDARD.register(new EncyclopediaArticle());
        STANDARD.register(new StaticSitePost());
        STANDARD.register(new ForumPage());
        STANDARD.register(new BlogReview());
    }

    private final List<Genre> genres = new CopyOnWriteArrayList<>();

    /** The outcome of detection: the genres' scores, best first (ties in registration order). */
    public record Detection(List<Scored> scores) {
        /** @return the winning genre and its score, if any scored at or above the threshold. */
        public Optional<Scored> winner() {
            return scores.isEmpty() || scores.get(0).score().score() < THRESHOLD
                    ? Optional.empty() : Optional.of(scores.get(0));
        }

        /** @return a one-line explanation of the best candidate. */
        public String explain() {
            if (scores.isEmpty()) return "no genre is registered";
            Scored best = scores.get(0);
            return String.format("best: %s %.2f (%s)", best.genre().name(), best.score().score(),
                    best.score().reason());
        }
    }

    /** A genre with its score for one text. */
    public record Scored(Genre genre, GenreScore score) {}

    /** @return the registry with the built-in genres. */
    public static GenreRegistry standard() {
        return STANDARD;
    }

    /** Registers a genre (a later registration with the same name replaces the earlier one). */
    public void register(Genre genre) {
        genres.removeIf(g -> g.name().equals(genre.name()));
        genres.add(genre);
    }

    /** @return the registered genres. */
    public List<Genre> genres() {
        return List.copyOf(genres);
    }

    /**
     * Detects the text's genre: scores it with the genres in registration order until one scores
     * 1, which no later genre could outrank. The scores listed are those computed.
     */
    public Detection detect(String text) {
        return detect(text, true);
    }

    /** Scores the text with every genre, for explanations and tests; the winner is {@link #detect}'s. */
    public Detection detectAll(String text) {
        return detect(text, false);
    }

    private Detection detect(String text, boolean stopWhenCertain) {
        List<Scored> scored = new ArrayList<>();
        for (Genre g : genres) {
            Scored s = new Scored(g, g.score(text));
            scored.add(s);
            if (stopWhenCertain && s.score().score() >= 1.0) break;
        }
        scored.sort((a, b) -> Double.compare(b.score().score(), a.score().score())); // stable: ties keep their order
        return new Detection(List.copyOf(scored));
    }
}
