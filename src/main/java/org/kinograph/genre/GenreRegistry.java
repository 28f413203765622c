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
 * The registered genres. Detection scores a text with every genre; the best score at or above
 * {@link #THRESHOLD} wins. Genres are added with {@link #register}, never switched on by name.
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

    /** The outcome of detection: every genre's score, best first. */
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

    /** Scores the text with every genre. */
    public Detection detect(String text) {
        List<Scored> scored = new ArrayList<>();
        for (Genre g : genres) {
            scored.add(new Scored(g, g.score(text)));
        }
        scored.sort((a, b) -> Double.compare(b.score().score(), a.score().score()));
        return new Detection(List.copyOf(scored));
    }
}
