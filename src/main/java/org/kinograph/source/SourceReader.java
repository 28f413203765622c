package org.kinograph.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.IOUtils;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Reads a file into a {@link Source}: hashes the raw bytes, honours a byte order mark, decodes
 * UTF-8 strictly first, then a charset the document declares, then windows-1252; refuses files
 * that are not text, that are not regular files (pipes, devices), or that are larger than a limit
 * (reading stops at the limit, so a file that grows while it is read cannot exhaust the memory).
 */
public final class SourceReader {
    /** The default size limit: 4 MiB, hundreds of times the size of a real document about a film. */
    public static final long DEFAULT_MAX_BYTES = 4L << 20;
    /** The largest limit that can be set (the size of one Java array). */
    public static final long MAX_MAX_BYTES = Integer.MAX_VALUE - 16;

    private static final Pattern DECLARED = Pattern.compile(
            "(?:charset|encoding)\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset FALLBACK = Charset.forName("windows-1252");
    private static final double MAX_CONTROL_RATIO = 0.02;

    private final long maxBytes;

    /** A reader with the {@link #DEFAULT_MAX_BYTES default size limit}. */
    public SourceReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the largest file read, in bytes (1 to {@link #MAX_MAX_BYTES}) */
    public SourceReader(long maxBytes) {
        if (maxBytes < 1 || maxBytes > MAX_MAX_BYTES) {
            throw new IllegalArgumentException("size limit out of range: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * Reads and decodes one file.
     *
     * @param file the file
     * @return the source
     * @throws SourceException when the file is missing, unreadable, too large, empty or not text
     */
    public Source read(Path file) throws SourceException {
        byte[] bytes = readBytes(file);
        if (bytes.length == 0) {
            throw new SourceException("empty file");
        }
        Decoded decoded = decode(bytes);
        String text = withoutLeadingBoms(decoded.text);
        checkText(text);
        return new Source(file.toAbsolutePath().normalize(), sha256(bytes), decoded.charset, bytes.length, text);
    }

    /** A byte order mark written twice (a file saved again with one) leaves U+FEFF at the start: it goes too. */
    private static String withoutLeadingBoms(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\uFEFF') i++;
        return text.substring(i);
    }

    private byte[] readBytes(Path file) throws SourceException {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                throw new SourceException(a.isDirectory() ? "a folder, not a file" : "not a regular file (a pipe, device or socket)");
            }
            if (a.size() > maxBytes) throw tooLarge(a.size() + " bytes");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) maxBytes + 1);
                if (bytes.length > maxBytes) throw tooLarge("more than " + maxBytes + " bytes (it grew while read)");
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new SourceException("no such file", e);
        } catch (AccessDeniedException e) {
            throw new SourceException("cannot read: permission denied", e);
        } catch (IOException | OutOfMemoryError e) {
            throw new SourceException("cannot read: " + e, e);
        }
    }

    private SourceException tooLarge(String size) {
        return new SourceException("too large: " + size + ", the limit is " + maxBytes + " bytes");
    }

    private record Decoded(String text, String charset) {}

    private static Decoded decode(byte[] bytes) throws SourceException {
        Decoded withBom = decodeWithBom(bytes);
        if (withBom != null) {
            return withBom;
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new Decoded(new String(bytes, utf16), utf16.name());
        }
        if (indexOfNul(bytes) >= 0) {
            throw new SourceException("not text: binary content (NUL bytes)");
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        return decodeFallback(bytes);
    }

    private static Decoded decodeWithBom(byte[] bytes) throws SourceException {
        try (BOMInputStream in = BOMInputStream.builder()
                .setInputStream(new ByteArrayInputStream(bytes))
                .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE,
                        ByteOrderMark.UTF_32LE, ByteOrderMark.UTF_32BE)
                .get()) {
            ByteOrderMark bom = in.getBOM();
            if (bom == null) {
                return null;
            }
            Charset cs = Charset.forName(bom.getCharsetName());
            String text = strict(IOUtils.toByteArray((InputStream) in), cs);
            if (text == null) {
                throw new SourceException("not text: invalid " + cs.name() + " after its byte order mark");
            }
            return new Decoded(text, cs.name() + " (BOM)");
        } catch (IOException e) {
            throw new SourceException("cannot read: " + e, e);
        }
    }

    /** UTF-16 without a BOM shows as a NUL in every other byte of mostly-ASCII text. */
    private static Charset utf16WithoutBom(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < bytes.length; i += 2) {
            if (bytes[i] == 0) evenNul++;
            if (bytes[i + 1] == 0) oddNul++;
        }
        int pairs = bytes.length / 2;
        if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static Decoded decodeFallback(byte[] bytes) {
        String ascii = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(ascii.substring(0, Math.min(ascii.length(), 4096)));
        if (m.find()) {
            Charset declared = charset(m.group(1));
            if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                String text = strict(bytes, declared);
                if (text != null) {
                    return new Decoded(text, declared.name() + " (declared)");
                }
            }
        }
        return new Decoded(new String(bytes, FALLBACK), FALLBACK.name() + " (not UTF-8)");
    }

    private static Charset charset(String name) {
        try {
            String n = name.toLowerCase(Locale.ROOT);
            // Browsers read "latin1"/"iso-8859-1" declarations as windows-1252.
            return n.equals("iso-8859-1") || n.equals("latin1") ? FALLBACK : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String strict(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) return i;
        }
        return -1;
    }

    private static void checkText(String text) throws SourceException {
        if (text.isBlank()) {
            throw new SourceException(text.isEmpty() ? "empty file" : "only whitespace");
        }
        long control = text.chars().filter(SourceReader::isControl).count();
        if (control > Math.max(2, text.length() * MAX_CONTROL_RATIO)) {
            throw new SourceException("not text: " + control + " control characters");
        }
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F || c == 0xFFFD;
    }

    /** @return lower-case hex SHA-256 of the bytes. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(SHA256.get().digest(bytes)); // digest() leaves it reset for the next call
    }

    /**
     * One digest per thread: every asserted triple's reifier IRI is a hash, and looking the
     * algorithm up among the security providers for each one was a visible part of mapping.
     */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    });
}
