package org.kinograph.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A small, strict reader of PHP's {@code serialize()} format, as WordPress stores post metadata
 * (and as WordPress-to-Jekyll exports copy it into front matter):
 * {@code s:N:"…";} (N counts the UTF-8 bytes of the string), {@code a:N:{key value …}},
 * {@code i:N;}, {@code b:0;}/{@code b:1;}, {@code d:X;} and {@code N;}.
 *
 * <p>Anything else (objects, references), a length that does not match the bytes that follow,
 * an array with fewer or more entries than it announces, nesting deeper than {@link #MAX_DEPTH},
 * or text after the value is rejected with {@link Malformed}; the reader never loops or recurses
 * without consuming input, so a lying length cannot make it hang.
 */
final class PhpSerialized {
    /** The deepest nesting of arrays accepted. */
    static final int MAX_DEPTH = 32;
    /** The largest length or count accepted (9 digits: no overflow). */
    private static final int MAX_DIGITS = 9;

    /** A value read. */
    sealed interface PhpValue permits Str, Int, Bool, Dbl, Null, Arr {}

    /**
     * A string and where its characters are in the input.
     *
     * @param value the string
     * @param begin UTF-16 index of its first character in the input
     * @param end   UTF-16 index after its last character
     */
    record Str(String value, int begin, int end) implements PhpValue {}

    /** An integer. */
    record Int(long value) implements PhpValue {}

    /** A boolean. */
    record Bool(boolean value) implements PhpValue {}

    /** A float, with its lexical form as written. */
    record Dbl(double value, String lexical) implements PhpValue {}

    /** PHP's null. */
    record Null() implements PhpValue {}

    /** One entry of an array: an {@link Int} or {@link Str} key and a value. */
    record Entry(PhpValue key, PhpValue value) {}

    /** An array (PHP's ordered map), entries in order. */
    record Arr(List<Entry> entries) implements PhpValue {
        /** @return the value under a string key, or null. */
        PhpValue get(String key) {
            for (Entry e : entries) {
                if (e.key() instanceof Str s && s.value().equals(key)) return e.value();
            }
            return null;
        }
    }

    /** The input is not a well-formed serialized value; {@link #at()} is where reading stopped. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        private final int at;

        Malformed(String message, int at) {
            super(message + " at index " + at);
            this.at = at;
        }

        /** @return the UTF-16 index in the input where the problem was found. */
        int at() {
            return at;
        }
    }

    private final String in;
    private int pos;

    private PhpSerialized(String in) {
        this.in = in;
    }

    /**
     * Reads one serialized value that must fill the whole input.
     *
     * @param input the serialized text
     * @return the value
     * @throws Malformed when the input is not exactly one well-formed value
     */
    static PhpValue parse(String input) throws Malformed {
        PhpSerialized r = new PhpSerialized(input);
        PhpValue v = r.value(0);
        if (r.pos != input.length()) throw new Malformed("text after the value", r.pos);
        return v;
    }

    private PhpValue value(int depth) throws Malformed {
        if (depth > MAX_DEPTH) throw new Malformed("arrays nested deeper than " + MAX_DEPTH, pos);
        char type = next("a type letter");
        switch (type) {
            case 's': return string();
            case 'a': return array(depth);
            case 'i': {
                expect(':');
                String digits = until(';', "-?\\d{1,19}", "an integer");
                try {
                    return new Int(Long.parseLong(digits));
                } catch (NumberFormatException e) {
                    throw new Malformed("integer out of range", pos);
                }
            }
            case 'b': {
                expect(':');
                String b = until(';', "[01]", "0 or 1");
                return new Bool(b.equals("1"));
            }
            case 'd': {
                expect(':');
                String d = until(';', "-?INF|NAN|-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?", "a float");
                double v = switch (d) {
                    case "INF" -> Double.POSITIVE_INFINITY;
                    case "-INF" -> Double.NEGATIVE_INFINITY;
                    case "NAN" -> Double.NaN;
                    default -> Double.parseDouble(d);
                };
                return new Dbl(v, d);
            }
            case 'N': {
                expect(';');
                return new Null();
            }
            default:
                throw new Malformed("unsupported type '" + type + "'", pos - 1);
        }
    }

    private Str string() throws Malformed {
        expect(':');
        int bytes = length();
        expect(':');
        expect('"');
        int begin = pos;
        long seen = 0;
        while (seen < bytes) {
            if (pos >= in.length()) throw new Malformed("string of " + bytes + " bytes runs past the end", begin);
            int cp = in.codePointAt(pos);
            if (Character.isSurrogate(in.charAt(pos)) && Character.charCount(cp) == 1) {
                throw new Malformed("unpaired surrogate in a string", pos);
            }
            seen += utf8Length(cp);
            pos += Character.charCount(cp);
        }
        if (seen != bytes) throw new Malformed("string length " + bytes + " ends inside a character", pos);
        int end = pos;
        if (pos >= in.length() || in.charAt(pos) != '"') {
            throw new Malformed("string length " + bytes + " does not match its text (no closing quote there)", pos);
        }
        pos++;
        expect(';');
        return new Str(in.substring(begin, end), begin, end);
    }

    private Arr array(int depth) throws Malformed {
        expect(':');
        int count = length();
        expect(':');
        expect('{');
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (pos < in.length() && in.charAt(pos) == '}') {
                throw new Malformed("array announces " + count + " entries but has " + i, pos);
            }
            int keyAt = pos;
            PhpValue key = value(depth + 1);
            if (!(key instanceof Int) && !(key instanceof Str)) {
                throw new Malformed("array key is neither an integer nor a string", keyAt);
            }
            entries.add(new Entry(key, value(depth + 1)));
        }
        if (pos >= in.length() || in.charAt(pos) != '}') {
            throw new Malformed("array announces " + count + " entries but has more", pos);
        }
        pos++;
        return new Arr(List.copyOf(entries));
    }

    private int length() throws Malformed {
        int start = pos;
        while (pos < in.length() && in.charAt(pos) >= '0' && in.charAt(pos) <= '9') {
            pos++;
            if (pos - start > MAX_DIGITS) throw new Malformed("length too large", start);
        }
        if (pos == start) throw new Malformed("expected a length", start);
        return Integer.parseInt(in.substring(start, pos));
    }

    /** Reads up to (and past) the terminator; the text before it must match {@code pattern}. */
    private String until(char terminator, String pattern, String what) throws Malformed {
        int start = pos;
        int limit = Math.min(in.length(), start + 32);
        int t = -1;
        for (int i = start; i < limit; i++) {
            if (in.charAt(i) == terminator) {
                t = i;
                break;
            }
        }
        if (t < 0) throw new Malformed("expected " + what + " followed by '" + terminator + "'", start);
        String s = in.substring(start, t);
        if (!s.matches(pattern)) throw new Malformed("expected " + what + ", found \"" + s + "\"", start);
        pos = t + 1;
        return s;
    }

    private char next(String what) throws Malformed {
        if (pos >= in.length()) throw new Malformed("expected " + what + " but the input ended", pos);
        return in.charAt(pos++);
    }

    private void expect(char c) throws Malformed {
        if (pos >= in.length() || in.charAt(pos) != c) {
            throw new Malformed("expected '" + c + "'", pos);
        }
        pos++;
    }

    private static int utf8Length(int cp) {
        if (cp < 0x80) return 1;
        if (cp < 0x800) return 2;
        if (cp < 0x10000) return 3;
        return 4;
    }
}
