package org.kinograph.generate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;

import org.kinograph.generate.CorpusGenerator.Document;
import org.kinograph.generate.CorpusGenerator.Kind;
import org.kinograph.vocab.Ids;

/**
 * The order of a corpus: films in a shuffled order, two to five documents each; genres in cycles
 * of twenty documents holding each genre's share, shuffled within the cycle. Every choice comes
 * from one seeded stream, taken in document order, so the corpus depends on nothing else. A
 * document whose text equals an earlier one's is written again with other choices (ingest would
 * see it as the same document).
 */
final class Plan implements Iterator<Document> {
    private final int docs;
    private final Pick pick;
    private final List<FilmPool.Film> films;
    private final List<FilmPool.Film> order = new ArrayList<>();
    private final List<Kind> kinds = new ArrayList<>();
    private final Set<Long> seen = new HashSet<>();
    private int produced;
    private int filmCount;
    private FilmFacts current;
    private int leftForFilm;

    Plan(int docs, long seed, FilmPool pool) {
        if (docs < 0) throw new IllegalArgumentException("the number of documents must not be negative: " + docs);
        this.docs = docs;
        this.pick = new Pick(seed);
        this.films = pool.films().stream().filter(f -> Titles.usable(f.title())).toList();
        if (films.isEmpty() && docs > 0) {
            throw new IllegalArgumentException("no film of the pool has a title the generator can write about ("
                    + pool.description() + ")");
        }
    }

    @Override
    public boolean hasNext() {
        return produced < docs;
    }

    @Override
    public Document next() {
        if (!hasNext()) throw new NoSuchElementException();
        if (leftForFilm == 0) nextFilm();
        Kind kind = nextKind();
        String text = unique(kind);
        Document d = new Document(produced, path(produced, kind, current.film), kind, current.film, text);
        produced++;
        leftForFilm--;
        return d;
    }

    /** @return how many films the documents so far are about */
    int films() {
        return filmCount;
    }

    private void nextFilm() {
        if (order.isEmpty()) {
            order.addAll(films);
            pick.shuffle(order);
        }
        current = new FilmFacts(order.remove(order.size() - 1), new Pick(pick.seed()));
        leftForFilm = pick.between(2, 5);
        filmCount++;
    }

    private Kind nextKind() {
        if (kinds.isEmpty()) {
            for (Kind k : Kind.values()) {
                for (int i = 0; i < k.share; i++) kinds.add(k);
            }
            pick.shuffle(kinds);
        }
        return kinds.remove(kinds.size() - 1);
    }

    private String unique(Kind kind) {
        String text = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            text = render(kind, current, new Pick(pick.seed()));
            if (seen.add(hash(text))) break;
        }
        return text;
    }

    static String render(Kind kind, FilmFacts f, Pick pick) {
        return switch (kind) {
            case ARTICLE -> ArticleWriter.write(f, pick);
            case FORUM -> ForumWriter.write(f, pick);
            case BLOG -> BlogWriter.write(f, pick);
            case STATIC_POST -> StaticPostWriter.write(f, pick);
        };
    }

    private static String path(int index, Kind kind, FilmPool.Film film) {
        String slug = Ids.slug(film.title());
        if (slug.codePointCount(0, slug.length()) > 40) slug = slug.substring(0, slug.offsetByCodePoints(0, 40));
        slug = slug.replaceAll("-+$", "");
        return String.format(Locale.ROOT, "%04d/%06d-%s-%s.%s", index / CorpusGenerator.FOLDER_SIZE, index,
                kind.genre(), slug, kind.extension);
    }

    /** The first 64 bits of the text's SHA-256: equal texts give equal values. */
    private static long hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) h = h << 8 | (d[i] & 0xff);
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
