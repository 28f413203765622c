package org.kinograph.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Builds, in a folder, files of every kind of bad input an ingest meets (empty, binary, broken
 * encodings, giant lines and tables, deep nesting, YAML bombs, lying lengths, odd names, link
 * loops…) next to good documents, each with what ingest must do with it. Everything is written at
 * test time; the large files are never committed.
 */
public final class HostileCorpus {
    /** What ingest must do with a file. */
    public enum Expect {
        /** Map it (status ok). */ MAPPED,
        /** Report it, skipped or failed, with a reason. */ REPORTED,
        /** Either, as long as it is one of them (files that change under the reader). */ EITHER,
        /** Not read at all, and not reported (hidden files in a folder). */ IGNORED
    }

    /**
     * One file (or path) and what ingest must do with it.
     *
     * @param kind   what is wrong with it
     * @param path   the file
     * @param expect what ingest must do
     * @param film   the film's name it must be stored with, when it is mapped (null: not checked)
     */
    public record Case(String kind, Path path, Expect expect, String film) {
        /** A case whose film is not checked. */
        public Case(String kind, Path path, Expect expect) {
            this(kind, path, expect, null);
        }
    }

    private static final String ARTICLE = """
            = %s =

            - Directed by: Ilse Marrow
            - Starring: Tomas Quist, Anouk Brandt
            - Release date: March 3, 1999
            - Running time: 101 minutes
            - Country: France

            %s is a 1999 French drama film directed by Ilse Marrow.

            ==Plot==
            A ferry captain carries one last passenger across the strait.
            """;

    private static final String BLOG = """
            %s<html><head><title>%s</title></head><body>
            <div class="site-title">Harbour Reels</div>
            <h1 class="entry-title">%s (French Movie)</h1>
            <div class="byline">By Hanna Kowal</div>
            <div class="entry-content">
            <p>I watched %s last night and it stayed with me for days. It is a 1999 French drama film directed by Ilse Marrow.</p>
            <p>Release date: March 3rd 1999<br />
            Director: Ilse Marrow</p>
            <p>My rating: 8/10</p>
            </div>
            <p>Posted in Reviews</p>
            <p>Leave a Reply</p>
            </body></html>
            """;

    private final Path root;
    private final Random random;
    private final List<Case> cases = new ArrayList<>();

    /** @param root the folder to fill; @param seed the seed of the random content */
    public HostileCorpus(Path root, long seed) {
        this.root = root;
        this.random = new Random(seed);
    }

    /** @return an encyclopedia article about an invented film with this title. */
    public static String article(String title) {
        return String.format(ARTICLE, title, title);
    }

    /** Writes every file. @return the cases, in the order written */
    public List<Case> build() {
        try {
            Files.createDirectories(root);
            empties();
            encodings();
            sizes();
            structures();
            frontMatters();
            names();
            good();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(cases);
    }

    /** @return the cases. */
    public List<Case> cases() {
        return List.copyOf(cases);
    }

    private void empties() throws IOException {
        bytes("empty file", "empty.txt", new byte[0], Expect.REPORTED);
        text("whitespace only", "whitespace.txt", " \n\t\n   \r\n\f\n", Expect.REPORTED);
        bytes("a byte order mark only", "bom-only.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Expect.REPORTED);
        byte[] binary = new byte[64 * 1024];
        random.nextBytes(binary);
        bytes("binary (random bytes)", "random.bin.txt", binary, Expect.REPORTED);
        bytes("a PNG image named .txt", "image.txt", concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13},
                binary), Expect.REPORTED);
        bytes("NUL bytes in text", "nul.txt", article("Nul Film").replace("\n\n", "\n\0\0\n").getBytes(StandardCharsets.UTF_8),
                Expect.REPORTED);
        text("control characters", "controls.txt", "\u0001\u0002\u0003\u0007\u001b[31m".repeat(200), Expect.REPORTED);
    }

    private void encodings() throws IOException {
        encoded("UTF-16LE with BOM", "utf16le-bom.txt", "The Paper Harbour", new byte[] {(byte) 0xFF, (byte) 0xFE},
                StandardCharsets.UTF_16LE);
        encoded("UTF-16BE with BOM", "utf16be-bom.txt", "The Winter Ferry", new byte[] {(byte) 0xFE, (byte) 0xFF},
                StandardCharsets.UTF_16BE);
        encoded("UTF-16LE without BOM", "utf16le.txt", "Amber R\u00E4ilway", new byte[0], StandardCharsets.UTF_16LE);
        encoded("UTF-16BE without BOM", "utf16be.txt", "Glass \u00D8rchard", new byte[0], StandardCharsets.UTF_16BE);
        encoded("UTF-8 with BOM", "utf8-bom.txt", "Salt M\u00E9ridian", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                StandardCharsets.UTF_8);
        encoded("Latin-1 without a declaration", "latin1.txt", "Broken \u00C9cho", new byte[0], StandardCharsets.ISO_8859_1);
        bytes("UTF-16 with a BOM and an odd byte count", "utf16-odd.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                concat(article("Odd Film").getBytes(StandardCharsets.UTF_16LE), new byte[] {'x'})), Expect.REPORTED);
        bytes("UTF-32 BOM, then garbage", "utf32.txt", new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
            (byte) 0xFF, (byte) 0xFF}, Expect.REPORTED);
        bytes("invalid UTF-8 bytes in an article", "invalid-utf8.txt", article("Stray Bytes").replace("strait",
                "strait \u00FF\u00FE\u0081").getBytes(StandardCharsets.ISO_8859_1), Expect.MAPPED);
        byte[] cut = article("Lost Compass").getBytes(StandardCharsets.UTF_8);
        cut[cut.length - 10] = (byte) 0xC3;
        bytes("a UTF-8 sequence cut short", "truncated-utf8.txt", cut, Expect.MAPPED);
        blog("Latin-1 declaring UTF-8", "latin1-declared-utf8.html", "<meta charset=\"utf-8\">\n", "Caf\u00E9 \u00E0 Pellam",
                StandardCharsets.ISO_8859_1);
        blog("Latin-1 declaring an unknown charset", "latin1-declared-bogus.html",
                "<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?>\n", "R\u00EAve d'Istel", StandardCharsets.ISO_8859_1);
        blog("Shift_JIS, declared", "shift-jis.html", "<meta charset=\"Shift_JIS\">\n", "\u6D77\u306E\u706F\u308A",
                Charset.forName("Shift_JIS"));
    }

    /** An article about {@code film} in a charset, after a byte order mark (or none). */
    private void encoded(String kind, String name, String film, byte[] bom, Charset cs) throws IOException {
        Files.write(path(name), concat(bom, article(film).getBytes(cs)));
        cases.add(new Case(kind, path(name), Expect.MAPPED, film));
    }

    /** A blog review in HTML about {@code film}, with a declaration line first, in a charset. */
    private void blog(String kind, String name, String declaration, String film, Charset cs) throws IOException {
        Files.write(path(name), String.format(BLOG, declaration, film, film, film).getBytes(cs));
        cases.add(new Case(kind, path(name), Expect.MAPPED, film));
    }

    private void sizes() throws IOException {
        try (OutputStream out = Files.newOutputStream(path("line-50mb.txt"))) {
            byte[] chunk = "the film is a 2008 film by and stars as out of 10 » | ( ) - = ".getBytes(StandardCharsets.US_ASCII);
            for (long n = 0; n < 50L << 20; n += chunk.length) out.write(chunk);
        }
        cases.add(new Case("a 50 MB single line", path("line-50mb.txt"), Expect.REPORTED));
        try (OutputStream out = Files.newOutputStream(path("table-10mb.txt"))) {
            out.write("= Table Film =\n\n- Director: Ilse Marrow\n\nTable Film is a 2001 film.\n\n==Awards==\n".getBytes(StandardCharsets.UTF_8));
            out.write("| Year | Award | Category | Result | Recipient |\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 220_000; i++) {
                out.write(("| " + (1950 + i % 70) + " | Prize " + i + " | Best thing | Won | Ilse Marrow |\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        cases.add(new Case("a 10 MB table", path("table-10mb.txt"), Expect.REPORTED));
        text("a 3 MB line in a forum post", "forum-line-3mb.txt", "Film Talk » Drama » Long Film (2001)\n\nRe: Long Film (2001)\n\n"
                + "Posted by: someone on March 14, 2022 9:41 pm\n\n" + "Long Film stars Tomas Quist as Aurel and ".repeat(75_000)
                + "\n\nQuote\nReply\n", Expect.EITHER);
        text("a 3 MB table in an article", "article-table-3mb.txt", "= Big Table =\n\n- Director: Ilse Marrow\n- Country: Norway\n\n"
                + "Big Table is a 2001 film.\n\n==Accolades==\n| Year | Award | Category | Result | Recipient |\n"
                + "| 2002 | Harbour Prize | Best Film | Won | Ilse Marrow |\n".repeat(55_000), Expect.REPORTED);
        text("a 2 MB token without spaces", "token-2mb.txt", "Re: x\n\n" + "icon_".repeat(400_000) + "\n", Expect.REPORTED);
        text("a 10,000-character title", "title-10000.txt", article("A".repeat(10_000)), Expect.EITHER);
        text("100,000 empty lines", "empty-lines.txt", article("Spaced Film") + "\n".repeat(100_000), Expect.MAPPED);
        text("carriage returns only", "cr-only.txt", article("Carriage Film").replace('\n', '\r'), Expect.EITHER);
    }

    private void structures() throws IOException {
        text("HTML nested 100,000 deep", "nested.html", "<h1 class=\"entry-title\">Deep Film (Movie)</h1>\n"
                + "<div class=\"entry-content\">" + "<div><span>".repeat(100_000) + "Deep Film is a 2001 film.\n", Expect.REPORTED);
        text("an HTML table of 1 MB", "table.html", "<h1>Table (Movie)</h1><table>" + "<tr><td>2001</td><td>Won</td></tr>\n"
                .repeat(30_000) + "</table>", Expect.REPORTED);
        text("200,000 entities", "entities.html", "<h1>Entities (Movie)</h1>\n<p>" + "&amp;&#x110000;&#99999999;&bogus;".repeat(50_000),
                Expect.REPORTED);
        text("brackets nested 100,000 deep", "brackets.txt", "= " + "(".repeat(100_000) + "film" + ")".repeat(100_000)
                + " =\n\n- Director: Ilse Marrow\n", Expect.EITHER);
        text("a title heading and nothing else", "heading-only.txt", "= Nothing Film =\n", Expect.REPORTED);
        text("forum chrome only", "chrome-only.txt", "Quote\nReply\nReport\n".repeat(30_000), Expect.REPORTED);
        text("a breadcrumb 1 MB long", "breadcrumb.txt", "Forum » ".repeat(120_000) + "\n\nsome text\n", Expect.REPORTED);
        text("dates by the thousand", "dates.txt", "Posted on March 14, 2022 by X\n\n" + "March 14, 2022 ".repeat(60_000), Expect.REPORTED);
    }

    private void frontMatters() throws IOException {
        text("unclosed front matter", "unclosed.md", "---\ntitle: Never Closed\ndate: 2020-01-01\nrating: 4\n\nBody text.\n", Expect.REPORTED);
        StringBuilder bomb = new StringBuilder("---\ntitle: \"Bomb: a review\"\nrating: 4\nyear: 2001\na0: &a0 [\"lol\",\"lol\",\"lol\"]\n");
        for (int i = 1; i < 30; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }
        text("a YAML bomb (aliases)", "yaml-bomb.md", bomb + "---\n\nBody.\n", Expect.REPORTED);
        text("YAML nested 10,000 deep", "yaml-deep.md", "---\ntitle: Deep\nrating: 3\nx: " + "[".repeat(10_000) + "]".repeat(10_000)
                + "\n---\n\nBody.\n", Expect.REPORTED);
        text("a YAML tag for a Java class", "yaml-tag.md", "---\ntitle: Tagged\nrating: 3\nx: !!javax.script.ScriptEngineManager "
                + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:9/\"]]]]\n---\n\nBody.\n", Expect.REPORTED);
        text("front matter that is a list", "yaml-list.md", "---\n- title\n- date\n---\n\nBody.\n", Expect.REPORTED);
        text("PHP-serialized data with lying lengths", "php-lying.md", "---\nlayout: post\ntitle: \"Lying Film: a review\"\n"
                + "rating: 4\nyear: 2003\ntagazine-media: ['a:1:{s:7:\"primary\";s:999:\"http://example.org/x.jpg\";}']\n---\n\n"
                + "Lying Film is a 2003 film I liked.\n", Expect.MAPPED);
        text("PHP-serialized data announcing 999,999,999 entries", "php-count.md", "---\nlayout: post\ntitle: \"Count Film: a review\"\n"
                + "rating: 4\nyear: 2004\ntagazine-media: ['a:999999999:{i:0;i:1;}']\n---\n\nCount Film is a 2004 film.\n", Expect.MAPPED);
        text("front matter of 1 MB", "yaml-big.md", "---\ntitle: Big\nrating: 2\n" + "k: value\n".repeat(130_000) + "---\n\nBody.\n",
                Expect.REPORTED);
    }

    private void names() throws IOException {
        Path spaces = Files.createDirectories(root.resolve("a folder with spaces and non-ASCII \u00E9\u00FC\u00DF \u6620\u753B"));
        named("a path with spaces and non-ASCII", spaces.resolve("Film \u00FCber K\u00F6ln \u2013 \u2713.txt"), "The River at Oru");
        named("control characters in the name", root.resolve("ctl\u0001name\ttab.txt"), "The Quiet Mirror");
        named("a newline in the name", root.resolve("new\nline.txt"), "Hollow Garden");
        named("a name of 250 bytes", root.resolve("n".repeat(246) + ".txt"), "Long Name Film");
        Path loop = Files.createDirectories(root.resolve("loop"));
        Files.createSymbolicLink(loop.resolve("back"), Path.of(".."));
        cases.add(new Case("a symbolic link loop", loop.resolve("back"), Expect.REPORTED));
        Files.createSymbolicLink(root.resolve("dangling.txt"), root.resolve("no-such-target.txt"));
        cases.add(new Case("a dangling symbolic link", root.resolve("dangling.txt"), Expect.REPORTED));
        Files.createSymbolicLink(root.resolve("zero.txt"), Path.of("/dev/zero"));
        cases.add(new Case("a link to /dev/zero", root.resolve("zero.txt"), Expect.REPORTED));
        text("a hidden file (skipped silently)", root.resolve(".hidden.txt"), article("Hidden Film"), Expect.IGNORED);
    }

    private void named(String kind, Path file, String film) throws IOException {
        Files.writeString(file, article(film), StandardCharsets.UTF_8);
        cases.add(new Case(kind, file, Expect.MAPPED, film));
    }

    private void good() throws IOException {
        for (CorpusGenerator.Doc d : new CorpusGenerator(random.nextLong()).write(root.resolve("good"), 12)) {
            cases.add(new Case("good " + d.genre(), d.file(), Expect.MAPPED, d.title()));
        }
    }

    /** Adds a case written by the caller (a file that vanishes or changes while ingest runs, a pipe). */
    public void add(Case c) {
        cases.add(c);
    }

    private Path path(String name) {
        return root.resolve(name);
    }

    private Path text(String kind, String name, String text, Expect expect) throws IOException {
        return text(kind, path(name), text, expect);
    }

    private Path text(String kind, Path file, String text, Expect expect) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        cases.add(new Case(kind, file, expect));
        return file;
    }

    private void bytes(String kind, String name, byte[] content, Expect expect) throws IOException {
        Files.write(path(name), content);
        cases.add(new Case(kind, path(name), expect));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
