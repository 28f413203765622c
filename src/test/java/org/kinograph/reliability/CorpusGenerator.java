package org.kinograph.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes a corpus of valid documents of the four genres about invented films (encyclopedia
 * articles, forum pages, blog reviews, static-site posts), varied in length and in which optional
 * parts they have, from a seed: the same seed writes the same files. Every name is made up here.
 */
public final class CorpusGenerator {
    /** One generated file and the genre and title it was written as. */
    public record Doc(Path file, String genre, String title, String year) {}

    private static final String[] ADJECTIVES = {"Silent", "Crimson", "Paper", "Distant", "Hollow", "Golden", "Winter",
        "Last", "Hidden", "Broken", "Quiet", "Northern", "Salt", "Velvet", "Iron", "Glass", "Burning", "Little", "Lost",
        "Second", "Bright", "Amber", "Secret", "Wild"};
    private static final String[] NOUNS = {"Harbour", "Lantern", "Orchard", "Lighthouse", "Meridian", "Carousel",
        "Archive", "Ferry", "Garden", "Railway", "Observatory", "Bakery", "Kingdom", "Letter", "River", "Summer",
        "Tide", "Compass", "Balcony", "Telegraph", "Violin", "Market", "Season", "Mirror"};
    private static final String[] PLACES = {"Varo", "Esk", "Tamberlin", "Oru", "Kessling", "Marrow Bay", "Pellam",
        "Istel", "Norvik", "Caddow", "Ashmere", "Quillon"};
    private static final String[] FIRST = {"Ilse", "Tomas", "Mireille", "Kenji", "Anouk", "Piet", "Saskia", "Ruben",
        "Oona", "Lev", "Hedda", "Bram", "Yuna", "Dario", "Greta", "Matteo", "Ines", "Jonah", "Maren", "Teo", "Alba",
        "Corin", "Edda", "Felix", "Hana", "Ivo"};
    private static final String[] LAST = {"Marrow", "Halvorsen", "Quist", "Tanabe", "Verlaine", "Oakes", "Brandt",
        "Castell", "Dunmore", "Eklund", "Farrow", "Gallo", "Hasegawa", "Iversen", "Jurado", "Kowal", "Lindqvist",
        "Moreau", "Nakari", "Ostrand", "Pallas", "Rask", "Sorel", "Thorne", "Ulven", "Wexler"};
    private static final String[] CHARACTERS = {"Aurel", "Bettina", "Casimir", "Delphine", "Emrik", "Fenna", "Gideon",
        "Hilde", "Isak", "Juno", "Konrad", "Liesl", "Magnus", "Nell", "Otto", "Philippa"};
    private static final String[] STUDIOS = {"Northlight Pictures", "Tidewater Films", "Blue Quay Studio",
        "Harrow Lane Productions", "Kestrel Film Works", "Meridian Reel"};
    private static final String[] COUNTRIES = {"Japan", "France", "Germany", "Italy", "Norway", "Spain",
        "South Korea", "United Kingdom"};
    private static final String[] ADJ_OF_COUNTRY = {"Japanese", "French", "German", "Italian", "Norwegian", "Spanish",
        "South Korean", "British"};
    private static final String[] LANGUAGES = {"Japanese", "French", "German", "Italian", "Norwegian", "Spanish",
        "Korean", "English"};
    private static final String[] KINDS = {"drama", "comedy", "mystery", "romance", "thriller", "coming-of-age"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final String[] AWARDS = {"Lantern Film Awards", "Harbour Critics Prize", "Northern Screen Festival",
        "Golden Compass Awards"};
    private static final String[] CATEGORIES = {"Best Film", "Best Director", "Best Screenplay", "Best Score",
        "Best Cinematography"};
    private static final String[] PLOT = {"A ferry captain who has never left the harbour agrees to carry one last "
        + "passenger across the strait.", "Two sisters inherit a failing bakery and discover letters hidden in the walls.",
        "An archivist is asked to destroy the records of a town that is about to be flooded.",
        "A retired violinist teaches a stubborn boy who only wants to play the drums.",
        "During one winter, the keeper of a lighthouse writes to a stranger whose name he found in a book.",
        "A railway clerk and a travelling photographer cross the country looking for a missing brother.",
        "A family gathers in an old orchard for the last harvest before the land is sold.",
        "The night staff of an observatory watch a comet while their own lives quietly fall apart."};
    private static final String[] OPINION = {"The pacing is slow, but every scene earns its place.",
        "I did not expect to laugh this much at a film about grief.",
        "The photography alone is worth the ticket, especially the long shots of the coast.",
        "The score stays with you for days after the credits.",
        "Some of the dialogue feels stiff, yet the lead performances carry it.",
        "It is the kind of film that gets better the more you think about it."};

    private final Random random;
    private final Set<String> titles = new HashSet<>();

    /** @param seed the seed: the same seed writes the same corpus */
    public CorpusGenerator(long seed) {
        this.random = new Random(seed);
    }

    /**
     * Writes {@code count} documents into a folder, the genres in turn.
     *
     * @return the documents written, in order
     */
    public List<Doc> write(Path dir, int count) {
        List<Doc> docs = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < count; i++) docs.add(writeOne(dir, i));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    private Doc writeOne(Path dir, int i) throws IOException {
        Film f = film();
        String genre = switch (i % 4) {
            case 0 -> "encyclopedia-article";
            case 1 -> "forum-page";
            case 2 -> "blog-review";
            default -> "static-site-post";
        };
        String text = switch (i % 4) {
            case 0 -> article(f);
            case 1 -> forum(f);
            case 2 -> blog(f);
            default -> post(f);
        };
        String ext = i % 4 == 3 ? ".md" : ".txt";
        Path file = dir.resolve(String.format(Locale.ROOT, "doc-%04d-%s%s", i, genre, ext));
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new Doc(file, genre, f.title, Integer.toString(f.year));
    }

    /** An invented film: title, year, people. */
    private record Film(String title, int year, int country, String kind, String director, String writer,
            List<String> actors, List<String> characters, String composer, String studio, int runtime, String plot) {}

    private Film film() {
        String title;
        do {
            title = switch (random.nextInt(3)) {
                case 0 -> "The " + pick(ADJECTIVES) + " " + pick(NOUNS);
                case 1 -> pick(ADJECTIVES) + " " + pick(NOUNS) + " of " + pick(PLACES);
                default -> "The " + pick(NOUNS) + " at " + pick(PLACES);
            };
        } while (!titles.add(title));
        int actors = 2 + random.nextInt(4);
        List<String> cast = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        while (cast.size() < actors) {
            String a = person();
            String c = pick(CHARACTERS);
            if (!cast.contains(a) && !roles.contains(c)) {
                cast.add(a);
                roles.add(c);
            }
        }
        return new Film(title, 1950 + random.nextInt(72), random.nextInt(COUNTRIES.length), pick(KINDS), person(),
                person(), cast, roles, person(), pick(STUDIOS), 80 + random.nextInt(90), pick(PLOT));
    }

    private String article(Film f) {
        StringBuilder b = new StringBuilder();
        b.append("= ").append(f.title).append(random.nextBoolean() ? " (" + f.year + " film)" : "").append(" =\n\n");
        b.append("- Directed by: ").append(f.director).append('\n');
        b.append("- Written by: ").append(f.writer).append('\n');
        b.append("- Starring: ").append(String.join(", ", f.actors)).append('\n');
        if (random.nextBoolean()) b.append("- Music by: ").append(f.composer).append('\n');
        b.append("- Production company: ").append(f.studio).append('\n');
        b.append("- Release date: ").append(date(f.year)).append('\n');
        b.append("- Running time: ").append(f.runtime).append(" minutes\n");
        b.append("- Country: ").append(COUNTRIES[f.country]).append('\n');
        b.append("- Language: ").append(LANGUAGES[f.country]).append("\n\n");
        b.append(f.title).append(" is a ").append(f.year).append(' ').append(ADJ_OF_COUNTRY[f.country]).append(' ')
                .append(f.kind).append(" film directed by ").append(f.director).append(". ").append(f.plot).append("\n\n");
        b.append("==Plot==\n").append(f.plot).append(' ').append(pick(OPINION)).append("\n\n");
        b.append("==Cast==\n");
        for (int i = 0; i < f.actors.size(); i++) {
            b.append("- ").append(f.actors.get(i)).append(" as ").append(f.characters.get(i)).append(", a ")
                    .append(pick(NOUNS).toLowerCase(Locale.ROOT)).append(" keeper\n");
        }
        if (random.nextBoolean()) awards(b, f);
        return b.toString();
    }

    private void awards(StringBuilder b, Film f) {
        b.append("\n==Accolades==\n| Year | Award | Category | Result | Recipient(s) |\n");
        int rows = 1 + random.nextInt(4);
        for (int i = 0; i < rows; i++) {
            b.append("| ").append(f.year + 1).append(" | ").append(AWARDS[i % AWARDS.length]).append(" | ")
                    .append(CATEGORIES[i % CATEGORIES.length]).append(" | ").append(random.nextBoolean() ? "Won" : "Nominated")
                    .append(" | ").append(i % 2 == 0 ? f.director : f.writer).append(" |\n");
        }
    }

    private String forum(Film f) {
        String user = pick(FIRST).toLowerCase(Locale.ROOT) + "_" + (10 + random.nextInt(90));
        StringBuilder b = new StringBuilder();
        b.append("Cinema Corner » ").append(capital(f.kind)).append(" » ").append(f.title).append(" (").append(f.year)
                .append(")\n\n");
        b.append("Re: ").append(f.title).append(" (").append(f.year).append(") - ").append(pick(new String[] {"worth a second look", "finally saw it", "the ending, spoilers"})).append("\n\n");
        b.append("Posted by: ").append(user).append(" on ").append(date(2010 + random.nextInt(14))).append(' ')
                .append(1 + random.nextInt(12)).append(':').append(10 + random.nextInt(50)).append(" pm\n");
        b.append("Joined: ").append(date(2005 + random.nextInt(5))).append('\n');
        b.append("Posts: ").append(1 + random.nextInt(3000)).append("\n\n");
        b.append(f.title).append(" is a ").append(f.year).append(' ').append(ADJ_OF_COUNTRY[f.country]).append(' ')
                .append(f.kind).append(" film, and I finally watched it this week. It was directed by ").append(f.director)
                .append(" and stars ").append(f.actors.get(0)).append(" and ").append(f.actors.get(1)).append(" as ")
                .append(f.characters.get(0)).append(" and ").append(f.characters.get(1)).append(".\n\n");
        b.append(f.plot).append(' ').append(pick(OPINION)).append("\n\n");
        if (random.nextBoolean()) b.append("Has anyone here seen the restored version?\n\n");
        b.append("Quote\nReply\nReport\n");
        return b.toString();
    }

    private String blog(Film f) {
        StringBuilder b = new StringBuilder();
        b.append(f.title).append(" (").append(ADJ_OF_COUNTRY[f.country]).append(" Movie)\n\n");
        b.append("Posted on ").append(date(2008 + random.nextInt(15))).append(" by ").append(person()).append("\n\n");
        b.append("I had this one on my list for a long time, and last weekend I finally sat down with it. ")
                .append(pick(OPINION)).append("\n\n");
        b.append("Movie: ").append(f.title).append('\n');
        b.append("Release date: ").append(date(f.year)).append('\n');
        b.append("Director: ").append(f.director).append("\n\n");
        b.append("The Plot:\n\n").append(f.plot).append("\n\n");
        b.append(f.characters.get(0)).append(" is played by ").append(f.actors.get(0)).append(", and ")
                .append(f.characters.get(1)).append(" is played by ").append(f.actors.get(1)).append(".\n\n");
        b.append("Categories: Film reviews, ").append(capital(f.kind)).append("\n\n");
        b.append("Leave a Reply\n");
        return b.toString();
    }

    private String post(Film f) {
        StringBuilder b = new StringBuilder("---\n");
        b.append("layout: post\n");
        b.append("title: \"").append(f.title).append(": ").append(pick(new String[] {"a review", "my thoughts",
            "an appreciation"})).append("\"\n");
        b.append(String.format(Locale.ROOT, "date: %d-%02d-%02d 10:%02d:00 +0000%n", 2012 + random.nextInt(12),
                1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(60)));
        b.append("author: ").append(pick(FIRST).toLowerCase(Locale.ROOT)).append("\n");
        b.append("categories: [Movie Review, ").append(capital(f.kind)).append("]\n");
        b.append("rating: ").append(1 + random.nextInt(5)).append('\n');
        b.append("year: ").append(f.year).append('\n');
        b.append("genre: [").append(capital(f.kind)).append("]\n");
        if (random.nextBoolean()) b.append("director: ").append(f.director).append('\n');
        b.append("---\n\n");
        b.append("I watched *").append(f.title).append("* on a rainy evening. ").append(f.plot).append("\n\n");
        b.append(pick(OPINION)).append("\n");
        return b.toString();
    }

    private String person() {
        return pick(FIRST) + " " + pick(LAST);
    }

    private String date(int year) {
        return MONTHS[random.nextInt(12)] + " " + (1 + random.nextInt(28)) + ", " + year;
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
