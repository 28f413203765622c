package org.kinograph.genre;

import org.kinograph.model.Value;
import org.kinograph.source.Source;

/**
 * Binds an {@link ErrorHandler} to one document and turns text offsets into line and column, so
 * that parsers and mappers can report "file:line:col: message" without counting themselves.
 */
public final class DocumentErrors {
    private final Source source;
    private final ErrorHandler handler;

    /** @param source the document; @param handler where the reports go */
    public DocumentErrors(Source source, ErrorHandler handler) {
        this.source = source;
        this.handler = handler;
    }

    /** Reports a warning about a value of the document. */
    public void warning(Value at, String message) {
        int offset = at == null ? -1 : at.begin();
        handler.warning(source.fileName(), line(offset), column(offset), message);
    }

    private long line(int offset) {
        if (offset < 0) return -1;
        long line = 1;
        String t = source.text();
        for (int i = 0; i < offset && i < t.length(); i++) {
            if (t.charAt(i) == '\n') line++;
        }
        return line;
    }

    private long column(int offset) {
        if (offset < 0) return -1;
        int nl = source.text().lastIndexOf('\n', Math.max(0, offset - 1));
        return offset - nl;
    }
}
