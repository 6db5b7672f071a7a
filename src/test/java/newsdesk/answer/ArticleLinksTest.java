package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleLinksTest {

    private static final String ARTICLE = "https://www.wsj.com/world/asia/kim-jong-un-beijing-parade";

    @Test
    void findsLinksInEveryFormAReaderCouldFollow() {
        assertThat(ArticleLinks.links("See HTTPS://Evil.example/Kim, www.scam.shop, 203.0.113.5/login and "
                + "hxxp://evil.example!")).containsExactly("evil.example/kim", "www.scam.shop", "203.0.113.5/login",
                "evil.example");
        assertThat(ArticleLinks.any("Kim arrived at 8 a.m., U.S. officials said.")).isFalse();
        assertThat(ArticleLinks.any("as wsj.com reported")).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            www.wsj.com/world/asia/kim-jong-un-beijing-parade | https://www.wsj.com/world/asia/kim-jong-un-beijing-parade | true
            wsj.com                                           | https://www.wsj.com/world/asia/kim-jong-un-beijing-parade | true
            wsj.com/world                                     | https://www.wsj.com/world/asia/kim-jong-un-beijing-parade | true
            www.wsj.com/world/asia/kim-jong-un-beijing-parade/ | https://www.wsj.com/world/asia/kim-jong-un-beijing-parade | true
            sj.com                                            | https://www.wsj.com/world/asia/kim-jong-un-beijing-parade | false
            w.wsj.com/world                                   | https://www.wsj.com/world/asia/kim-jong-un-beijing-parade | false
            www.wsj.com/world/other-story                     | https://www.wsj.com/world/asia/kim-jong-un-beijing-parade | false
            /world                                            | https://www.wsj.com/world/asia/kim-jong-un-beijing-parade | false
            wsj.com                                           | NULL                                                      | false
            wsj.com                                           | not a url at all                                          | false
            wsj.com                                           | /relative/path                                            | false
            """)
    void aLinkPointsIntoTheArticleOnlyAtItsOwnAddress(String link, String articleUrl, boolean expected) {
        assertThat(ArticleLinks.pointsInto(link, articleUrl)).isEqualTo(expected);
    }

    @Test
    void theHostMayCarryAPort() {
        assertThat(ArticleLinks.pointsInto("www.wsj.com:443/world", ARTICLE)).isTrue();
    }
}
