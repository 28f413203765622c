package org.kinograph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kinograph.web.PhpSerialized.Arr;
import org.kinograph.web.PhpSerialized.Bool;
import org.kinograph.web.PhpSerialized.Dbl;
import org.kinograph.web.PhpSerialized.Int;
import org.kinograph.web.PhpSerialized.Malformed;
import org.kinograph.web.PhpSerialized.Null;
import org.kinograph.web.PhpSerialized.PhpValue;
import org.kinograph.web.PhpSerialized.Str;

public class TestPhpSerialized {

    @Test
    void asciiStringAndItsPlace() throws Malformed {
        // s:5:"hello";  the text starts after s:5:" (index 5)
        assertThat(PhpSerialized.parse("s:5:\"hello\";")).isEqualTo(new Str("hello", 5, 10));
    }

    @Test
    void lengthsCountUtf8Bytes() throws Malformed {
        // "café": 4 characters, 5 bytes (é is two bytes in UTF-8)
        assertThat(PhpSerialized.parse("s:5:\"café\";")).isEqualTo(new Str("café", 5, 9));
        // a clapper board, U+1F3AC: one code point, two UTF-16 units, four bytes
        assertThat(PhpSerialized.parse("s:4:\"\uD83C\uDFAC\";")).isEqualTo(new Str("\uD83C\uDFAC", 5, 7));
        // a Japanese title, 3 bytes per character
        assertThat(PhpSerialized.parse("s:6:\"千と\";")).isEqualTo(new Str("千と", 5, 7));
    }

    @Test
    void emptyString() throws Malformed {
        assertThat(PhpSerialized.parse("s:0:\"\";")).isEqualTo(new Str("", 5, 5));
    }

    @Test
    void quotesInsideAStringAreCountedNotParsed() throws Malformed {
        // 'say "hi";' is 9 bytes; the quote and semicolon inside are data
        assertThat(((Str) PhpSerialized.parse("s:9:\"say \"hi\";\";")).value()).isEqualTo("say \"hi\";");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "s:4:\"café\";",       // one byte short: cuts é
        "s:6:\"café\";",       // one byte too many: eats the closing quote
        "s:1:\"é\";",          // ends inside a two-byte character
        "s:3:\"hello\";",      // too short, no quote where it ends
        "s:9:\"hello\";",      // too long, runs past the end
        "s:999999999:\"x\";",  // absurd length
        "s:99999999999:\"x\";",// more digits than any real length
        "s:-1:\"\";",
        "s:5:hello;",          // no quotes
        "s:5:\"hello\"",       // no terminating semicolon
    })
    void lyingStringLengthsAreRejected(String input) {
        assertThatThrownBy(() -> PhpSerialized.parse(input)).isInstanceOf(Malformed.class);
    }

    @Test
    void scalars() throws Malformed {
        assertThat(PhpSerialized.parse("i:-42;")).isEqualTo(new Int(-42));
        assertThat(PhpSerialized.parse("b:1;")).isEqualTo(new Bool(true));
        assertThat(PhpSerialized.parse("b:0;")).isEqualTo(new Bool(false));
        assertThat(PhpSerialized.parse("N;")).isEqualTo(new Null());
        assertThat(((Dbl) PhpSerialized.parse("d:0.5;")).value()).isEqualTo(0.5);
        assertThat(((Dbl) PhpSerialized.parse("d:1.5E+25;")).value()).isEqualTo(1.5e25);
        assertThat(((Dbl) PhpSerialized.parse("d:-INF;")).value()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(((Dbl) PhpSerialized.parse("d:NAN;")).value()).isNaN();
    }

    @ParameterizedTest
    @ValueSource(strings = {"i:;", "i:12", "i:1.5;", "i:99999999999999999999;", "b:2;", "b:;", "d:abc;", "N",
        "x:1;", "O:8:\"stdClass\":0:{}", "r:1;", "", "i:1;i:2;", "i:1; "})
    void otherMalformedValuesAreRejected(String input) {
        assertThatThrownBy(() -> PhpSerialized.parse(input)).isInstanceOf(Malformed.class);
    }

    @Test
    void arraysKeepOrderAndKeys() throws Malformed {
        PhpValue v = PhpSerialized.parse("a:3:{i:0;s:1:\"x\";s:3:\"key\";b:1;s:5:\"inner\";a:1:{i:7;N;}}");
        Arr a = (Arr) v;
        assertThat(a.entries()).hasSize(3);
        assertThat(a.entries().get(0).key()).isEqualTo(new Int(0));
        assertThat(((Str) a.entries().get(0).value()).value()).isEqualTo("x");
        assertThat(a.get("key")).isEqualTo(new Bool(true));
        Arr inner = (Arr) a.get("inner");
        assertThat(inner.entries()).containsExactly(new PhpSerialized.Entry(new Int(7), new Null()));
        assertThat(a.get("missing")).isNull();
    }

    @Test
    void aWordPressMediaRecordNamesItsPrimaryImage() throws Malformed {
        // "http://" 7 + "images." 7 + "example." 8 + "org" 3 + "/posters" 8 + "/spirited-away" 14 + "/large" 6 = 53
        String url = "http://images.example.org/posters/spirited-away/large";
        String input = "a:3:{s:7:\"primary\";s:53:\"" + url + "\";s:6:\"images\";a:1:{s:53:\"" + url
                + "\";a:2:{s:5:\"width\";s:3:\"320\";s:9:\"file_path\";s:0:\"\";}}s:6:\"videos\";a:0:{}}";
        Arr media = (Arr) PhpSerialized.parse(input);
        Str primary = (Str) media.get("primary");
        assertThat(primary.value()).isEqualTo(url);
        assertThat(input.substring(primary.begin(), primary.end())).isEqualTo(url);
        assertThat(primary.begin()).isEqualTo(input.indexOf(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a:3:{i:0;N;}",            // fewer entries than announced
        "a:1:{i:0;N;i:1;N;}",      // more entries than announced
        "a:1:{i:0;N;",             // not closed
        "a:1:{d:0.5;N;}",          // a float is no key
        "a:1:{a:0:{}N;}",          // an array is no key
        "a:999999999:{}",          // absurd count
        "a:1:{i:0;N;};",           // an array has no trailing semicolon
    })
    void lyingArraysAreRejected(String input) {
        assertThatThrownBy(() -> PhpSerialized.parse(input)).isInstanceOf(Malformed.class);
    }

    @Test
    void deepNestingIsRejected() {
        String deep = "a:1:{i:0;".repeat(PhpSerialized.MAX_DEPTH + 5) + "N;" + "}".repeat(PhpSerialized.MAX_DEPTH + 5);
        assertThatThrownBy(() -> PhpSerialized.parse(deep)).isInstanceOf(Malformed.class)
                .hasMessageContaining("nested");
        String ok = "a:1:{i:0;".repeat(5) + "N;" + "}".repeat(5);
        org.assertj.core.api.Assertions.assertThatCode(() -> PhpSerialized.parse(ok)).doesNotThrowAnyException();
    }

    @Test
    void everyPrefixAndEveryOneCharacterChangeFailsCleanly() {
        String input = "a:2:{s:4:\"name\";s:5:\"café\";s:4:\"list\";a:2:{i:0;d:0.25;i:1;b:1;}}";
        org.assertj.core.api.Assertions.assertThatCode(() -> PhpSerialized.parse(input)).doesNotThrowAnyException();
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (int i = 0; i < input.length(); i++) {
                String prefix = input.substring(0, i);
                assertThatThrownBy(() -> PhpSerialized.parse(prefix)).as("prefix %d", i).isInstanceOf(Malformed.class);
                for (char c : new char[] {'9', '0', '"', ';', '}', ':', 'a'}) {
                    String changed = input.substring(0, i) + c + input.substring(i + 1);
                    try {
                        PhpSerialized.parse(changed);
                    } catch (Malformed expected) {
                        // rejected: fine; any other exception fails the test
                    }
                }
            }
        });
    }
}
