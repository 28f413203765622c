package org.kinograph.generate;

import java.util.regex.Pattern;

import org.kinograph.vocab.Ids;

/**
 * Which pool titles the generator writes documents about: the ones every genre reads back as
 * the same title. The web genres read a headline's "Title: subtitle", "Title - tagline" and
 * trailing brackets as parts of a headline, a headline with "films" or "Top 10" as a list, and
 * sentence punctuation ends a sentence; a title made of such parts would come back as another
 * title, so those films are left out (the pool itself keeps them).
 */
final class Titles {
    private static final Pattern PUNCTUATION = Pattern.compile("[:;|()\\[\\]{}<>\"“”„«»#*_=&%/\\\\@!?.…+~^$¥€£]");
    private static final Pattern SPACED_DASH = Pattern.compile("\\s[-–—]|[-–—]\\s|^[-–—]|[-–—]$|[–—]");
    private static final Pattern WORDS_THAT_MEAN_SOMETHING = Pattern.compile("(?iu)\\b(?:films?|movies?|cinema|reviews?"
            + "|reviewed|kritik|critique|trailers?|top|best|thoughts|impressions|recap|verdict|watched|rant|things"
            + "|reasons|ways|scenes|songs|characters|moments|posters|picks|favou?rites|dramas?|animes?|series"
            + "|documentary|filme|películas|awards?|prize|festival|academy|oscars?|stars|starring|starred|directed"
            + "|won|wins|winning|awarded|nominated|played|plays|voiced|grossed|released|premiered|based)\\b");
    private static final Pattern BYLINE_WORD = Pattern.compile("(?i)^(?:by|von|par|por|di|da|door|author|autor|auteur"
            + "|autore|posted|written|re|aw)\\b");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private Titles() {}

    /** @return true when documents about a film with this title name it exactly so in every genre */
    static boolean usable(String title) {
        if (title.length() < 2 || title.length() > 60 || !LETTER.matcher(title).find()) return false;
        if (title.split("\\s+").length > 7 || Ids.slug(title).isEmpty()) return false;
        return !PUNCTUATION.matcher(title).find() && !SPACED_DASH.matcher(title).find()
                && !WORDS_THAT_MEAN_SOMETHING.matcher(title).find() && !BYLINE_WORD.matcher(title).find()
                && Character.isLetterOrDigit(title.codePointAt(0));
    }

    /** @return another title of the film that can stand on a line of its own (an article's title line, a label) */
    static boolean usableAlternate(String alternate) {
        return alternate.length() >= 2 && alternate.length() <= 80 && LETTER.matcher(alternate).find()
                && !PUNCTUATION.matcher(alternate).find() && !SPACED_DASH.matcher(alternate).find()
                && Character.isLetterOrDigit(alternate.codePointAt(0));
    }
}
