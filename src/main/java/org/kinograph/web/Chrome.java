package org.kinograph.web;

import java.util.regex.Pattern;

/**
 * Site chrome: the lines a hosted site, forum software or blog engine puts around a post, in the
 * languages such pages come in. Phrase lists, not sentences of any one page: a line is chrome when
 * it is one of these phrases (or a member count, a download link, an SEO title…), never because of
 * what it says about a film.
 */
final class Chrome {
    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Page edges and skip links ("top of page", "Seitenanfang", "haut de page"). */
    static final Pattern PAGE_EDGE = Pattern.compile("^(?:top of (?:the )?page|bottom of (?:the )?page|back to top"
            + "|skip to (?:main )?content|zum (?:seiten)?anfang|seitenanfang|seitenende|nach oben|zum inhalt springen"
            + "|haut de (?:la )?page|bas de (?:la )?page|retour en haut|aller au contenu|volver arriba|inicio de (?:la )?página"
            + "|final de (?:la )?página|ir al contenido|torna su|inizio pagina|fine pagina|naar boven|terug naar boven"
            + "|voltar ao topo)\\s*[↑▲^]?$", I);

    /** Member counts of a group or forum ("Privat · 9 Mitglieder", "Public · 18 members"). */
    static final Pattern MEMBERS = Pattern.compile("^(?:(?:öffentlich|privat|public|private|publique?|privée?|público"
            + "|pública|privado|privada|pubblico|privato|openbaar|besloten|groupe public|öffentliche gruppe)\\s*[·•|,:-]?\\s*)?"
            + "\\d[\\d.,\\u00A0 ]*\\s*(?:mitglieder|mitglied|members?|membres?|miembros?|membri|membro|leden|lid"
            + "|membros?|teilnehmer|abonnenten|followers?|abonnés)$", I);

    /** A group's or forum's welcome text ("Willkommen in der Gruppe! Hier können…"). */
    static final Pattern WELCOME = Pattern.compile("^(?:willkommen|welcome|bienvenue|bienvenid[oa]s?|benvenut[oi]|welkom"
            + "|bem-vind[oa]s?)\\b.*\\b(?:gruppe|group|groupe|grupo|gruppo|groep|forum|foro|community|communauté"
            + "|comunidad|mitglieder|members|membres|miembros|membri)\\b.*$", I);

    /** Download-link spam ("Download Zip:", "Télécharger le fichier :", "movie.rar"). */
    static final Pattern DOWNLOAD = Pattern.compile("^(?:free\\s+)?(?:download|herunterladen|télécharger|descargar"
            + "|scarica|baixar|downloaden)\\b[^.!?]{0,40}$|\\.(?:zip|rar|7z|torrent)\\b|\\bdownload (?:link|here|now)\\b", I);

    /**
     * SEO titles: the film's name run together with stream/download words and a number. The
     * look-ahead holds the words' first letters: it spares trying every word at every position.
     */
    static final Pattern SEO_WORDS = Pattern.compile("(?=[fwt17hbdemsgp])\\b(?:full movie|watch online|free download|torrent|720p|1080p"
            + "|hdrip|bluray|brrip|dvdrip|webrip|eng sub|english subtitles?|mp4|mkv|stream(?:ing)? (?:free|online)"
            + "|film complet|ganzer film|película completa|film completo)\\b", I);
    private static final Pattern SEO_NUMBERED = Pattern.compile(
            "^(?:[\\p{Lu}\\d][\\p{L}\\d'’]*\\s+)+?(?:Film|Movie|Full|HD|Online|Download|Watch|Free|Stream|Sub|Subs"
            + "|Complet|Completo|Ganzer|Kostenlos|Gratuit|Gratis)(?:\\s+[\\p{Lu}][\\p{L}'’]*)*\\s+\\d{1,4}$");

    /** A hosted site's name and group header ("My Site 1 Gruppe", "Mon site Groupe"). */
    static final Pattern SITE_HEADER = Pattern.compile("^(?:my site|meine website|mon site|mi sitio|il mio sito"
            + "|mijn site)\\b.*$|^(?:\\S+\\s+){0,4}(?:gruppe|group|groupe|grupo|gruppo|groep|forum|foro|board"
            + "|community)$", I);

    /** Forum software around a post ("Originally Posted By:", "Quote", "Reply", "Joined: 2009"). */
    static final Pattern FORUM_META = Pattern.compile("^(?:originally posted by|quote|zitat|citation|cita|citazione)\\b.*$"
            + "|^(?:reply|antworten|répondre|responder|rispondi|report|melden|signaler|like|gefällt mir|j'aime"
            + "|quote|zitieren|citer|top|nach oben|permalink|share|teilen|partager|compartir)$"
            + "|^(?:joined|registered|posts|beiträge|messages|mitglied seit|registriert seit|inscrit|inscrit le"
            + "|registrado|iscritto|location|wohnort|localisation)\\s*:.*$", I);

    /** Breadcrumbs ("Forum Index » Films » Thread"). */
    static final Pattern BREADCRUMB = Pattern.compile("^[^»›]{1,60}(?:\\s[»›]\\s[^»›]{1,60}){2,}$");

    /** Widgets, search boxes and icon strips ("Language Switcher", "Click an type to find", "icon_fb"). */
    static final Pattern WIDGET = Pattern.compile("^(?:language switcher|sprachauswahl|choisir la langue"
            + "|click an?d? type to (?:find|search)|type to search|search(?: this (?:blog|site))?:?|suche:?|rechercher:?"
            + "|buscar:?|search for:|recently viewed|zuletzt angesehen|last updated on|comments powered by \\S+"
            + "|was this review helpful\\?.*|\\d+ out of \\d+ found this helpful.*|sign in to vote\\.?"
            + "|advertisement|anzeige|publicité|werbung|sponsored|cookie.*|this site uses cookies.*)$"
            + "|icon_|\\bUntitled-\\d", I);

    private static final String KEYWORD_LABELS = "categories|category|kategorien|kategorie|catégories|catégorie"
            + "|categorías|categoría|categorie|categoria|tagged as|tagged|tags|schlagwörter|schlagworte|étiquettes"
            + "|mots-clés|etiquetas|filed under|posted in|abgelegt unter|veröffentlicht in|classé dans|publié dans"
            + "|archivado en|publicado en";

    /** Lines that name a post's categories or tags ("Categories: A, B", "Tagged as: , ,", "Filed under X"). */
    static final Pattern KEYWORDS = Pattern.compile("^(?:" + KEYWORD_LABELS + ")\\s*:\\s*(.*)$"
            + "|^(?:filed under|posted in|abgelegt unter|veröffentlicht in|classé dans|publié dans|archivado en"
            + "|publicado en)\\s+([^.!?:]{1,80})$", I);

    /** What ends a blog post: reply counts, comment forms, sharing, following, post navigation. */
    static final Pattern END_OF_POST = Pattern.compile(
            "^\\d+\\s+(?:replies|reply|comments?|responses?|kommentare?|antworten|commentaires?|comentarios?"
            + "|commenti|reacties)\\b.{0,20}$"
            + "|^(?:leave a (?:reply|comment)|add a comment|post a comment|write a comment|schreibe einen kommentar"
            + "|kommentar (?:hinterlassen|schreiben)|laisser un commentaire|laisser une réponse|deja un comentario"
            + "|dejar un comentario|lascia un commento|no comments(?: yet)?|keine kommentare|aucun commentaire"
            + "|share this|like this|teilen mit|partager ceci|compartir esto|related(?: posts)?|ähnliche beiträge"
            + "|articles similaires|entradas relacionadas|follow (?:blog|this blog)\\b.*|subscribe\\b.*|abonnieren\\b.*"
            + "|s'abonner\\b.*|suscribirse\\b.*|enter your email address\\b.*|previous post|next post|older posts"
            + "|newer posts|vorheriger beitrag|nächster beitrag|article précédent|article suivant)[.:!]?\\s*$"
            + "|^« .{0,30}$|^.{0,30} »$", I);

    /** A blog's archive list ("November 2015", "März 2014 (3)"). */
    static final Pattern ARCHIVE_MONTH = Pattern.compile("^(?:january|february|march|april|may|june|july|august"
            + "|september|october|november|december|januar|februar|märz|juni|juli|oktober|dezember|janvier|février"
            + "|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo"
            + "|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\\s+\\d{4}(?:\\s*\\(\\d+\\))?$", I);

    /** A byline ("By Jane Roe", "Posted by Jane Roe on 3 May 2012", "Verfasst von …"). */
    static final Pattern BYLINE = Pattern.compile("^(?:by|posted by|written by|verfasst von|geschrieben von|von"
            + "|par|posté par|publié par|écrit par|por|publicado por|escrito por|di|scritto da|pubblicato da|door"
            + "|author|autor|auteur|autore)\\s*:?\\s+(\\S.*?)(?:\\s+(?:on|am|le|el|il|op|at|um)\\s+(.+))?$", I);

    /** "Posted on DATE by NAME" (date group 1, name group 2). */
    static final Pattern POSTED_ON = Pattern.compile("^(?:posted|published|veröffentlicht|publié|publicado|pubblicato)"
            + "\\s+(?:on|am|le|el|il)\\s+(.+?)\\s+(?:by|von|par|por|da|di)\\s+(\\S.*)$", I);

    /** Forum markers: a forum or group page, not a blog. */
    static final Pattern FORUM_MARKER = Pattern.compile(
            "^(?:originally posted by|quote|zitat|reply|antworten|répondre|joined|registriert seit"
            + "|mitglied seit|re\\s*:)\\b", I);

    /**
     * The longest line that can be chrome: menus, counts, bylines and widgets are short (the real
     * corpus's longest is under 100 characters), so longer lines are never matched against the
     * phrase lists, which keeps a page's reading linear in its length.
     */
    static final int MAX_LINE = 300;

    private Chrome() {}

    /** @return true when the line is short enough to be chrome (see {@link #MAX_LINE}). */
    static boolean isShort(String line) {
        return line.length() <= MAX_LINE;
    }

    /** A kind of chrome line: one bit of what {@link #kinds} returns. */
    static final int EDGE = 1, MEMBER_COUNT = 1 << 1, WELCOME_TEXT = 1 << 2, DOWNLOAD_LINK = 1 << 3, SEO_TITLE = 1 << 4,
            HEADER = 1 << 5, FORUM_LINE = 1 << 6, CRUMBS = 1 << 7, WIDGET_LINE = 1 << 8, ARCHIVE = 1 << 9;

    /**
     * @return every kind of chrome the whole (trimmed) line is, as bits ({@link #EDGE} …), 0 when
     *         it is none or longer than {@link #MAX_LINE}; a page's lines are classified once and
     *         both the genre signals and the page's reading use the result
     */
    static int kinds(String line) {
        if (line.isEmpty() || !isShort(line)) return 0;
        return bit(PAGE_EDGE.matcher(line).matches(), EDGE) | bit(MEMBERS.matcher(line).matches(), MEMBER_COUNT)
                | bit(WELCOME.matcher(line).matches(), WELCOME_TEXT) | bit(DOWNLOAD.matcher(line).find(), DOWNLOAD_LINK)
                | bit(isSeoTitle(line), SEO_TITLE) | bit(SITE_HEADER.matcher(line).matches(), HEADER)
                | bit(FORUM_META.matcher(line).matches(), FORUM_LINE) | bit(BREADCRUMB.matcher(line).matches(), CRUMBS)
                | bit(WIDGET.matcher(line).find(), WIDGET_LINE) | bit(ARCHIVE_MONTH.matcher(line).matches(), ARCHIVE);
    }

    private static int bit(boolean when, int bit) {
        return when ? bit : 0;
    }

    /** @return true for an SEO title ("Some Film Title Film 38", "X Full Movie HD 720p"). */
    static boolean isSeoTitle(String line) {
        return SEO_WORDS.matcher(line).find() || endsInDigit(line) && SEO_NUMBERED.matcher(line).matches();
    }

    private static boolean endsInDigit(String line) {
        char last = line.charAt(line.length() - 1);
        return last >= '0' && last <= '9';
    }

    /** @return true when the line ends a blog post (what follows is comments, widgets, archives). */
    static boolean endsPost(String line) {
        return END_OF_POST.matcher(line).matches() || KEYWORDS.matcher(line).matches()
                || ARCHIVE_MONTH.matcher(line).matches();
    }
}
