package org.kinograph.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

public class TestIds {
    private static final String B = "https://w3id.org/kinograph/id/";
    private final Ids ids = new Ids(Ids.DEFAULT_BASE);

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
        Yumi Asō           | yumi-aso
        Yūko Asano         | yuko-asano
        Good Bye, Lenin!   | good-bye-lenin
        Daniel Brühl       | daniel-bruhl
        恋空               | 恋空
        ガラスの街         | ガラスの街
        Café Lumière       | cafe-lumiere
        恋空 (2007)        | 恋空-2007
        '  --- '           | ''
        Koizora            | koizora
        2008-03-05 Singapore | 2008-03-05-singapore
        Ｋｏｉｚｏｒａ        | koizora
        ﬁlm                | film
        Ångström & Co.     | angstrom-co
        """)
    void slug(String text, String slug) {
        assertThat(Ids.slug(text)).isEqualTo(slug);
    }

    @Test
    void slugOfDecomposedInputEqualsPrecomposed() {
        assertThat(Ids.slug("Yumi Aso\u0304")).isEqualTo("yumi-aso");
        assertThat(Ids.slug("Yumi As\u014D")).isEqualTo("yumi-aso");
    }

    @Test
    void filmWithAndWithoutYear() {
        assertThat(ids.film("Koizora", "2007").getURI()).isEqualTo(B + "film/koizora-2007");
        assertThat(ids.film("Good Bye, Lenin!", null).getURI()).isEqualTo(B + "film/good-bye-lenin");
    }

    @Test
    void childIris() {
        Node film = ids.film("Koizora", "2007");
        assertThat(Ids.child(film, "role", "Yui Aragaki").getURI()).isEqualTo(B + "film/koizora-2007/role/yui-aragaki");
        assertThat(Ids.child(film, "release", "2008-03-05 singapore").getURI())
                .isEqualTo(B + "film/koizora-2007/release/2008-03-05-singapore");
    }

    @Test
    void entities() {
        assertThat(ids.entity("person", "Yumi Asō").getURI()).isEqualTo(B + "person/yumi-aso");
        assertThat(ids.entity("country", "United States").getURI()).isEqualTo(B + "country/united-states");
        assertThat(ids.entity("organization", "Shochiku Co., Ltd.").getURI()).isEqualTo(B + "organization/shochiku-co-ltd");
    }

    @Test
    void graphsSourcesActivitiesAgents() {
        assertThat(ids.graph("49e38a968392859f").getURI()).isEqualTo(B + "graph/49e38a968392859f");
        assertThat(ids.metaGraph().getURI()).isEqualTo(B + "graph/meta");
        assertThat(ids.source("49e38a968392859f").getURI()).isEqualTo(B + "source/49e38a968392859f");
        assertThat(ids.activity("49e38a968392859f").getURI()).isEqualTo(B + "activity/49e38a968392859f");
        assertThat(ids.agent("Encyclopedia Article").getURI()).isEqualTo(B + "agent/encyclopedia-article");
    }

    @Test
    void baseWithoutTrailingSlashGetsOne() {
        Ids other = new Ids("http://example.org/kg");
        assertThat(other.base()).isEqualTo("http://example.org/kg/");
        assertThat(other.entity("person", "Mika").getURI()).isEqualTo("http://example.org/kg/person/mika");
        assertThat(other.film("Koizora", "2007").getURI()).isEqualTo("http://example.org/kg/film/koizora-2007");
    }

    @Test
    void baseWithTrailingSlashKept() {
        assertThat(new Ids("http://example.org/kg/").base()).isEqualTo("http://example.org/kg/");
        assertThat(ids.base()).isEqualTo(B);
    }
}
