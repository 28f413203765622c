package org.kinograph.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;
import org.kinograph.model.Value;
import org.kinograph.text.MarkupText;

/**
 * The body of a static-site post (Markdown with inline HTML, or HTML) as clean text.
 *
 * <p>Markup that is not text is first blanked out in a copy of the document of the same length
 * (so that every offset still points at the document): embedded players ({@code <iframe>},
 * {@code <object>}, {@code <video>} …), Liquid tags ({@code {% … %}}, {@code {{ site.url }}}),
 * Markdown images, the {@code [ ](url)} part of Markdown links (their text stays), emphasis
 * markers, heading and quote markers, list bullets, rules, backticks and backslash escapes.
 * Markdown syntax inside HTML tags is left alone. {@link MarkupText} then removes the tags and
 * decodes character references. {@code {{ page.KEY }}} is replaced by the front matter's value of
 * KEY, as the site generator would print it.
 */
final class PostBody {
    private static final Pattern EMBED = Pattern.compile(
            "<(iframe|object|video|audio|noscript|template)\\b[^>]*>.*?</\\1\\s*>|<(?:iframe|embed)\\b[^>]*>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern LIQUID = Pattern.compile("\\{%.*?%\\}|\\{\\{\\s*(?:page\\.([A-Za-z_][\\w-]*))?.*?\\}\\}",
            Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<!--.*?-->|</?[A-Za-z][A-Za-z0-9]*\\b[^<>]*>", Pattern.DOTALL);
    private static final Pattern MD_IMAGE = Pattern.compile("!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\(<?([^)\\s>]+)>?(?:\\s+\"[^\"\\n]*\")?\\)");
    private static final Pattern MD_REF_LINK = Pattern.compile("\\[([^\\]\\n]+)\\]\\[[^\\]\\n]*\\]");
    private static final Pattern MD_REF_DEF = Pattern.compile("(?m)^[ \\t]{0,3}\\[[^\\]\\n]+\\]:[ \\t]*\\S+.*$");
    private static final Pattern MD_STRONG = Pattern.compile("\\*\\*|__");
    private static final Pattern MD_EM_STAR = Pattern.compile("(?<![\\w*\\\\])\\*(?=[^\\s*])[^*\\n]*?[^\\s*\\\\]\\*(?![\\w*])");
    private static final Pattern MD_EM_UNDERSCORE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_\\\\])_(?=[^\\s_])[^_\\n]*?[^\\s_\\\\]_(?![\\p{L}\\p{N}_])");
    private static final Pattern MD_HEADING = Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}(?=[ \\t]|$)");
    // character classes only (no repeated group): a very long rule line cannot exhaust the stack
    private static final Pattern MD_RULE = Pattern.compile("(?m)^[ \\t]{0,3}[-*_=][-*_= \\t]*[-*_=][ \\t]*$");
    private static final Pattern MD_QUOTE = Pattern.compile("(?m)^[ \\t]{0,3}>[ \\t]?");
    private static final Pattern MD_BULLET = Pattern.compile("(?m)^[ \\t]*[-*+](?=[ \\t]+\\S)");
    private static final Pattern MD_CODE = Pattern.compile("`+");
    private static final Pattern MD_ESCAPE = Pattern.compile("\\\\(?=[\\\\`*_{}\\[\\]()#+\\-.!>])");
    private static final Pattern HTML_LINK = Pattern.compile(
            "<a\\b[^>]*?\\bhref\\s*=\\s*([\"'])(.*?)\\1[^>]*>(.*?)</a\\s*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern LEFT_ENTITY = Pattern.compile(
            "&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern WIKIPEDIA = Pattern.compile(
            "(?i)https?://([a-z-]+)(?:\\.m)?\\.wikipedia\\.org/wiki/([^?#\\s]+)(?:#\\S*)?");

    private static final char FIRST_SLOT = '\uE000';
    private static final int MAX_SLOTS = 0x1000;
    private static final char FILL = '\uF8FF';

    /**
     * A link of the body.
     *
     * @param href the address (character references decoded) with the span of the raw address
     * @param text the link's text, cleaned
     */
    record Link(Value href, String text) {
        /** @return the page name of a Wikipedia article ("Spirited Away" for …/wiki/Spirited_Away), or null. */
        String wikipediaPage() {
            return PostBody.wikipediaPage(href.text());
        }
    }

    /**
     * What the body holds.
     *
     * @param text  the clean text with the span of the whole body, or null when it is empty
     * @param links the links, in order
     * @param view  the readable view of the body (for reading labelled lines), over the blanked copy
     */
    record Read(Value text, List<Link> links, MarkupText view) {}

    private PostBody() {}

    /**
     * @param document the decoded document
     * @param begin    where the body starts
     * @param end      where it ends
     * @param page     front matter values by lower-case key, for {@code {{ page.KEY }}}
     * @return the body's text and links
     */
    static Read read(String document, int begin, int end, Map<String, String> page) {
        char[] masked = document.toCharArray();
        boolean slots = !hasPrivateUse(document, begin, end);
        char deleted = slots ? FILL : ' ';
        List<String> substitutions = new ArrayList<>();
        blank(masked, EMBED.matcher(document).region(begin, end));
        Matcher liquid = LIQUID.matcher(document).region(begin, end);
        while (liquid.find()) {
            String key = liquid.group(1);
            String value = key == null ? null : page.get(key.toLowerCase(java.util.Locale.ROOT));
            fill(masked, liquid.start(), liquid.end(), deleted);
            if (value != null && slots && substitutions.size() < MAX_SLOTS) {
                masked[liquid.start()] = (char) (FIRST_SLOT + substitutions.size());
                for (int i = liquid.start() + 1; i < liquid.end(); i++) masked[i] = FILL;
                substitutions.add(value);
            }
        }
        String stage = new String(masked);
        boolean[] inTag = new boolean[end - begin];
        Matcher tags = TAG.matcher(stage).region(begin, end);
        while (tags.find()) {
            for (int i = tags.start(); i < tags.end(); i++) inTag[i - begin] = true;
        }
        List<Link> links = new ArrayList<>();
        Matcher html = HTML_LINK.matcher(stage).region(begin, end);
        while (html.find()) {
            links.add(link(document, html.start(2), html.end(2), html.group(3)));
        }
        Markdown md = new Markdown(masked, inTag, begin, deleted);
        md.deleteAll(MD_IMAGE.matcher(stage).region(begin, end));
        Matcher mdLink = MD_LINK.matcher(stage).region(begin, end);
        while (mdLink.find()) {
            if (md.inTag(mdLink.start())) continue;
            links.add(link(document, mdLink.start(2), mdLink.end(2), mdLink.group(1)));
            md.delete(mdLink.start(), mdLink.start() + 1);
            md.delete(mdLink.end(1), mdLink.end());
        }
        Matcher refLink = MD_REF_LINK.matcher(stage).region(begin, end);
        while (refLink.find()) {
            if (md.inTag(refLink.start())) continue;
            md.delete(refLink.start(), refLink.start() + 1);
            md.delete(refLink.end(1), refLink.end());
        }
        md.blankAll(MD_REF_DEF.matcher(stage).region(begin, end));
        md.deleteAll(MD_STRONG.matcher(stage).region(begin, end));
        md.deleteEnds(MD_EM_STAR.matcher(stage).region(begin, end));
        md.deleteEnds(MD_EM_UNDERSCORE.matcher(stage).region(begin, end));
        md.blankAll(MD_HEADING.matcher(stage).region(begin, end));
        md.blankAll(MD_RULE.matcher(stage).region(begin, end));
        md.blankAll(MD_QUOTE.matcher(stage).region(begin, end));
        md.blankAll(MD_BULLET.matcher(stage).region(begin, end));
        md.deleteAll(MD_CODE.matcher(stage).region(begin, end));
        md.deleteAll(MD_ESCAPE.matcher(stage).region(begin, end));
        MarkupText view = MarkupText.of(new String(masked), begin, end);
        String t = view.text();
        int from = 0;
        int to = t.length();
        while (from < to && (Character.isWhitespace(t.charAt(from)) || t.charAt(from) == FILL)) from++;
        while (to > from && (Character.isWhitespace(t.charAt(to - 1)) || t.charAt(to - 1) == FILL)) to--;
        Value v = view.value(from, to);
        return new Read(v == null ? null : finish(v, substitutions), List.copyOf(links), view);
    }

    /** Replaces the slots, decodes references that were encoded twice, and tidies white space. */
    private static Value finish(Value v, List<String> substitutions) {
        StringBuilder b = new StringBuilder(v.text().length());
        for (int i = 0; i < v.text().length(); i++) {
            char c = v.text().charAt(i);
            if (c == FILL) continue;
            if (c >= FIRST_SLOT && c < FIRST_SLOT + substitutions.size()) b.append(substitutions.get(c - FIRST_SLOT));
            else b.append(c);
        }
        String t = b.toString();
        if (LEFT_ENTITY.matcher(t).find()) t = Parser.unescapeEntities(t, false);
        t = t.replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" ?\\n ?", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        return t.isEmpty() ? null : new Value(t, v.begin(), v.end());
    }

    private static Link link(String document, int hrefBegin, int hrefEnd, String text) {
        String href = Parser.unescapeEntities(document.substring(hrefBegin, hrefEnd), true).strip();
        String clean = Parser.unescapeEntities(text.replaceAll("<[^>]*>", " "), false)
                .replaceAll("[\\s\\u00A0]+", " ").strip();
        return new Link(new Value(href, hrefBegin, hrefEnd), clean);
    }

    /** @return the page name of a Wikipedia article address (underscores as spaces), or null. */
    static String wikipediaPage(String url) {
        Matcher m = WIKIPEDIA.matcher(url.strip());
        if (!m.matches()) return null;
        try {
            return URLDecoder.decode(m.group(2).replace("+", "%2B"), StandardCharsets.UTF_8).replace('_', ' ').strip();
        } catch (IllegalArgumentException e) {
            return m.group(2).replace('_', ' ').strip();
        }
    }

    private static boolean hasPrivateUse(String s, int begin, int end) {
        for (int i = begin; i < end; i++) {
            char c = s.charAt(i);
            if (c >= FIRST_SLOT && c <= FILL) return true;
        }
        return false;
    }

    private static void blank(char[] masked, Matcher m) {
        while (m.find()) fill(masked, m.start(), m.end(), ' ');
    }

    private static void fill(char[] masked, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (masked[i] != '\n') masked[i] = c;
        }
    }

    /**
     * Blanks or deletes Markdown syntax outside HTML tags: line markers become spaces, inline
     * syntax is deleted (marked with a character that the view drops), so that no space is left
     * before the punctuation that follows a link or an emphasis.
     */
    private static final class Markdown {
        private final char[] masked;
        private final boolean[] inTag;
        private final int begin;
        private final char deleted;

        Markdown(char[] masked, boolean[] inTag, int begin, char deleted) {
            this.masked = masked;
            this.inTag = inTag;
            this.begin = begin;
            this.deleted = deleted;
        }

        boolean inTag(int i) {
            return inTag[i - begin];
        }

        private void put(int from, int to, char c) {
            for (int i = from; i < to; i++) {
                if (!inTag[i - begin] && masked[i] != '\n') masked[i] = c;
            }
        }

        void delete(int from, int to) {
            put(from, to, deleted);
        }

        void blankAll(Matcher m) {
            while (m.find()) {
                if (!inTag(m.start())) put(m.start(), m.end(), ' ');
            }
        }

        void deleteAll(Matcher m) {
            while (m.find()) {
                if (!inTag(m.start())) put(m.start(), m.end(), deleted);
            }
        }

        /** Deletes the first and last character of each match (emphasis markers). */
        void deleteEnds(Matcher m) {
            while (m.find()) {
                if (inTag(m.start())) continue;
                delete(m.start(), m.start() + 1);
                delete(m.end() - 1, m.end());
            }
        }
    }
}
