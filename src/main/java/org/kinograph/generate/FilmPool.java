package org.kinograph.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The films a generated corpus is about: real titles, years, directors and cast read at run time
 * from a folder of the Generis Movie DataBase ({@code gmdb-films}: one folder per year with
 * {@code films.rdf}, {@code directors.rdf} and {@code starring.rdf} in RDF/XML), or a small
 * built-in pool of invented films when no such folder is there. Nothing of the folder is copied
 * into the repository; it is read once, and the pool is held in memory (about 13,000 films).
 */
public final class FilmPool {

    /**
     * One film of the pool.
     *
     * @param id              the film's IRI in its source (or {@code builtin:N})
     * @param title           its title: the English label, else a label in another language
     * @param year            the year of release
     * @param directors       its directors as "First Last", possibly none
     * @param cast            its stars as "First Last", in the source's order, possibly none
     * @param alternateTitles its labels in other languages that differ from the title
     */
    public record Film(String id, String title, int year, List<String> directors, List<String> cast,
            List<String> alternateTitles) {
        /** Copies the lists, so that a film never changes. */
        public Film {
            directors = List.copyOf(directors);
            cast = List.copyOf(cast);
            alternateTitles = List.copyOf(alternateTitles);
        }
    }

    /** A folder that cannot be read as a film pool. */
    public static final class PoolException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** @param message what is wrong, naming the folder or file */
        public PoolException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final List<Film> films;
    private final String description;
    private final boolean builtIn;

    FilmPool(List<Film> films, String description, boolean builtIn) {
        this.films = List.copyOf(films);
        this.description = description;
        this.builtIn = builtIn;
    }

    /**
     * @return the default pool folder: {@code <kinograph.home>/../shared/reference/gmdb-films}, where
     *         {@code kinograph.home} is the installation (set by the launcher; the working directory
     *         otherwise)
     */
    public static Path defaultFolder() {
        String home = System.getProperty("kinograph.home");
        Path base = Path.of(home != null ? home : ".").toAbsolutePath().normalize();
        return base.resolveSibling("shared").resolve("reference").resolve("gmdb-films");
    }

    /**
     * Reads a gmdb-films folder.
     *
     * @param folder the folder holding one sub-folder per year
     * @return the pool, films sorted by their IRI
     * @throws PoolException when the folder is missing, holds no year folder, or a file is not RDF/XML
     */
    public static FilmPool load(Path folder) {
        List<Film> films = new GmdbReader().read(folder);
        long directed = films.stream().filter(f -> !f.directors().isEmpty()).count();
        long cast = films.stream().filter(f -> !f.cast().isEmpty()).count();
        String what = String.format(Locale.ROOT, "gmdb-films at %s: %,d films (%,d with a director, %,d with cast)",
                folder.toAbsolutePath().normalize(), films.size(), directed, cast);
        return new FilmPool(films, what, false);
    }

    /** @return the built-in pool: a dozen invented films and people, for when no pool folder is there */
    public static FilmPool builtIn() {
        List<Film> films = BuiltInPool.films();
        return new FilmPool(films, "the built-in fallback pool (" + films.size() + " invented films)", true);
    }

    /**
     * Reads the folder when it exists, else falls back to the built-in pool.
     *
     * @param folder the gmdb-films folder
     * @return the folder's pool, or the built-in one ({@link #isBuiltIn()}) when the folder is missing
     */
    public static FilmPool loadOrBuiltIn(Path folder) {
        return Files.isDirectory(folder) ? load(folder) : builtIn();
    }

    /** @return every film, in a fixed order */
    public List<Film> films() {
        return films;
    }

    /** @return true for the built-in fallback pool */
    public boolean isBuiltIn() {
        return builtIn;
    }

    /** @return where the films come from and how many there are, in words */
    public String description() {
        return description;
    }
}
