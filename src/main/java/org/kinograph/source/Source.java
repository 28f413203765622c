package org.kinograph.source;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One document version as read from disk: where it came from, the hash of its raw bytes and its
 * decoded text. Offsets everywhere in Kinograph refer to {@link #text()}.
 *
 * @param path      the file (absolute, normalised)
 * @param sha256    lower-case hex SHA-256 of the raw bytes
 * @param charset   the charset the text was decoded with
 * @param byteSize  number of raw bytes
 * @param text      the decoded text (without a byte order mark)
 */
public record Source(Path path, String sha256, String charset, long byteSize, String text) {

    /**
     * @param path where the document is said to come from
     * @param text the document, given as text rather than read from disk
     * @return the document as if read from its UTF-8 bytes (their hash and size)
     */
    public static Source ofText(Path path, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new Source(path, SourceReader.sha256(bytes), "UTF-8", bytes.length, text);
    }

    /** @return the short id used in graph and source IRIs: the first 16 hex digits of the hash. */
    public String id() {
        return sha256.substring(0, 16);
    }

    /** @return the file's base name. */
    public String fileName() {
        return path.getFileName().toString();
    }
}
