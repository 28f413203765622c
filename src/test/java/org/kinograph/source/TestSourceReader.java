package org.kinograph.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class TestSourceReader {
    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader();

    private Path write(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) out[i] = (byte) b[i];
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    private static String sha256Hex(byte[] data) throws Exception {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(data);
        StringBuilder b = new StringBuilder();
        for (byte x : d) b.append(String.format("%02x", x & 0xff));
        return b.toString();
    }

    private static final String TEXT = "Koizora (恋空) is a 2007 Japanese film.\nSee: café.\n";

    @Test
    void utf8() throws Exception {
        byte[] raw = TEXT.getBytes(StandardCharsets.UTF_8);
        Path f = write("a.txt", raw);
        Source s = reader.read(f);
        assertThat(s.text()).isEqualTo(TEXT);
        assertThat(s.charset()).isEqualTo("UTF-8");
        assertThat(s.byteSize()).isEqualTo(raw.length);
        assertThat(s.path()).isEqualTo(f.toAbsolutePath().normalize());
        assertThat(s.fileName()).isEqualTo("a.txt");
        assertThat(s.sha256()).isEqualTo(sha256Hex(raw));
    }

    @Test
    void utf8WithBom() throws Exception {
        byte[] raw = concat(bytes(0xEF, 0xBB, 0xBF), TEXT.getBytes(StandardCharsets.UTF_8));
        Source s = reader.read(write("bom.txt", raw));
        assertThat(s.text()).isEqualTo(TEXT).doesNotContain("\uFEFF");
        assertThat(s.charset()).startsWith("UTF-8").contains("BOM");
        // the hash and size are of the raw bytes, BOM included
        assertThat(s.byteSize()).isEqualTo(raw.length);
        assertThat(s.sha256()).isEqualTo(sha256Hex(raw));
    }

    @Test
    void utf16LeWithBom() throws Exception {
        byte[] raw = concat(bytes(0xFF, 0xFE), TEXT.getBytes(StandardCharsets.UTF_16LE));
        Source s = reader.read(write("le.txt", raw));
        assertThat(s.text()).isEqualTo(TEXT);
        assertThat(s.charset()).startsWith("UTF-16LE").contains("BOM");
    }

    @Test
    void utf16BeWithBom() throws Exception {
        byte[] raw = concat(bytes(0xFE, 0xFF), TEXT.getBytes(StandardCharsets.UTF_16BE));
        Source s = reader.read(write("be.txt", raw));
        assertThat(s.text()).isEqualTo(TEXT);
        assertThat(s.charset()).startsWith("UTF-16BE").contains("BOM");
    }

    @Test
    void utf16LeWithoutBom() throws Exception {
        String text = "Koizora is a 2007 Japanese film.\n";
        Source s = reader.read(write("le-nobom.txt", text.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(s.text()).isEqualTo(text);
        assertThat(s.charset()).isEqualTo("UTF-16LE");
    }

    @Test
    void utf16BeWithoutBom() throws Exception {
        String text = "Koizora is a 2007 Japanese film.\n";
        Source s = reader.read(write("be-nobom.txt", text.getBytes(StandardCharsets.UTF_16BE)));
        assertThat(s.text()).isEqualTo(text);
        assertThat(s.charset()).isEqualTo("UTF-16BE");
    }

    @Test
    void windows1252FallbackForInvalidUtf8() throws Exception {
        // "café" in windows-1252: 0xE9 alone is not UTF-8
        Source s = reader.read(write("cafe.txt", bytes('c', 'a', 'f', 0xE9)));
        assertThat(s.text()).isEqualTo("café");
        assertThat(s.charset()).startsWith("windows-1252");
    }

    @Test
    void fallbackIsWindows1252NotLatin1() throws Exception {
        // 0x93/0x94 are curly quotes and 0x80 the euro sign in windows-1252 (C1 controls in ISO-8859-1)
        byte[] raw = bytes(0x93, 'C', 'a', 'f', 0xE9, 0x94, ' ', 'c', 'o', 's', 't', 's', ' ', 0x80, '5');
        Source s = reader.read(write("quotes.txt", raw));
        assertThat(s.text()).isEqualTo("\u201CCafé\u201D costs €5");
    }

    @Test
    void htmlMetaDeclaringIso88591() throws Exception {
        byte[] raw = concat("<html><head><meta charset=\"iso-8859-1\"></head><body>Caf".getBytes(StandardCharsets.US_ASCII),
                bytes(0xE9), "</body></html>".getBytes(StandardCharsets.US_ASCII));
        Source s = reader.read(write("page.html", raw));
        assertThat(s.text()).isEqualTo("<html><head><meta charset=\"iso-8859-1\"></head><body>Café</body></html>");
        // browsers read a latin-1 declaration as windows-1252
        assertThat(s.charset()).startsWith("windows-1252").contains("declared");
    }

    @Test
    void declaredCharsetIsUsed() throws Exception {
        String head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-7\">";
        // alpha, beta, gamma in ISO-8859-7 (would be "áâã" in windows-1252)
        byte[] raw = concat(head.getBytes(StandardCharsets.US_ASCII), bytes(0xE1, 0xE2, 0xE3));
        Source s = reader.read(write("greek.html", raw));
        assertThat(s.text()).isEqualTo(head + "αβγ");
        assertThat(s.charset()).startsWith("ISO-8859-7").contains("declared");
    }

    @Test
    void validUtf8WinsOverADeclaration() throws Exception {
        String text = "<meta charset=\"iso-8859-1\">Café";
        Source s = reader.read(write("utf8.html", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(s.text()).isEqualTo(text);
        assertThat(s.charset()).isEqualTo("UTF-8");
    }

    @Test
    void binaryWithNulBytes() throws Exception {
        Path f = write("a.bin", bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThatThrownBy(() -> reader.read(f)).isInstanceOf(SourceException.class).hasMessageContaining("binary");
    }

    @Test
    void emptyFile() throws Exception {
        Path f = write("empty.txt", new byte[0]);
        assertThatThrownBy(() -> reader.read(f)).isInstanceOf(SourceException.class).hasMessage("empty file");
    }

    @Test
    void whitespaceOnly() throws Exception {
        Path f = write("blank.txt", " \n\t \r\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> reader.read(f)).isInstanceOf(SourceException.class).hasMessage("only whitespace");
    }

    @Test
    void manyControlCharactersAreNotText() throws Exception {
        Path f = write("ctl.txt", "abc\u0001\u0002\u0003\u0004\u0005 def".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> reader.read(f)).isInstanceOf(SourceException.class)
                .hasMessageStartingWith("not text").hasMessageContaining("5 control characters");
    }

    @Test
    void twoControlCharactersAreTolerated() throws Exception {
        String text = "a\u0001b\u0002c";
        assertThat(reader.read(write("two.txt", text.getBytes(StandardCharsets.UTF_8))).text()).isEqualTo(text);
        Path three = write("three.txt", (text + "\u0003").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> reader.read(three)).isInstanceOf(SourceException.class).hasMessageStartingWith("not text");
    }

    @Test
    void missingFile() {
        Path f = dir.resolve("nope.txt");
        assertThatThrownBy(() -> reader.read(f)).isInstanceOf(SourceException.class).hasMessageContaining("no such file");
    }

    @Test
    void sha256OfAKnownVector() throws Exception {
        byte[] raw = "abc".getBytes(StandardCharsets.US_ASCII);
        Source s = reader.read(write("abc.txt", raw));
        // FIPS 180-2 test vector for "abc"
        String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assertThat(sha256Hex(raw)).isEqualTo(abc);
        assertThat(s.sha256()).isEqualTo(abc);
        assertThat(SourceReader.sha256(raw)).isEqualTo(abc);
        assertThat(s.id()).isEqualTo("ba7816bf8f01cfea");
    }

    @Test
    void idIsTheFirst16HexDigitsOfTheHash() throws Exception {
        byte[] raw = TEXT.getBytes(Charset.forName("UTF-8"));
        Source s = reader.read(write("id.txt", raw));
        assertThat(s.id()).hasSize(16).isEqualTo(sha256Hex(raw).substring(0, 16));
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWithItsSize() throws Exception {
        Path f = write("big.txt", "x".repeat(101).getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> new SourceReader(100).read(f)).isInstanceOf(SourceException.class)
                .hasMessage("too large: 101 bytes, the limit is 100 bytes");
        assertThat(new SourceReader(101).read(f).text()).hasSize(101);
        assertThatThrownBy(() -> new SourceReader(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pipesDevicesAndFoldersAreNotRead() throws Exception {
        assertThatThrownBy(() -> reader.read(Path.of("/dev/zero"))).isInstanceOf(SourceException.class)
                .hasMessageContaining("not a regular file");
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(SourceException.class).hasMessageContaining("a folder");
        Path fifo = dir.resolve("pipe");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        assertThatThrownBy(() -> reader.read(fifo)).isInstanceOf(SourceException.class)
                .hasMessageContaining("not a regular file");
    }

    @Test
    void aByteOrderMarkWrittenTwiceIsDroppedAndOnlyOneIsEmpty() throws Exception {
        Path twice = write("twice.txt", concat(bytes(0xFF, 0xFE, 0xFF, 0xFE), "A\n".getBytes(StandardCharsets.UTF_16LE)));
        assertThat(reader.read(twice).text()).isEqualTo("A\n");
        Path only = write("only.txt", bytes(0xFF, 0xFE, 0xFF, 0xFE)); // a fuzzing finding
        assertThatThrownBy(() -> reader.read(only)).isInstanceOf(SourceException.class).hasMessage("empty file");
    }
}
