package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HostNamesTest {

    private final HostNames loopbackOnly = new HostNames(Set.of());
    private final HostNames withPublicName = new HostNames(Set.of("news.example.com"));

    @ParameterizedTest(name = "{0}: default {1}, with news.example.com {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            localhost                   | true  | true
            localhost:7070              | true  | true
            LOCALHOST:7070              | true  | true
            localhost.                  | true  | true
            127.0.0.1:7070              | true  | true
            127.0.0.1                   | true  | true
            10.0.0.5:7070               | true  | true
            [::1]:7070                  | true  | true
            [::1]                       | true  | true
            news.example.com            | false | true
            news.example.com:443        | false | true
            News.Example.Com            | false | true
            evil.example                | false | false
            attacker.example:7070       | false | false
            localhost.attacker.example  | false | false
            127.0.0.1.attacker.example  | false | false
            news.example.com.evil.tld   | false | false
            evil-news.example.com       | false | false
            localhost:abc               | false | false
            localhost:7070:80           | false | false
            [::1]x                      | false | false
            999.0.0.1                   | false | false
            x                           | false | false
            NULL                        | false | false
            """)
    void allowsOnlyTheNamesTheServerAnswersFor(String host, boolean byDefault, boolean withPublic) {
        assertThat(loopbackOnly.allows(host)).isEqualTo(byDefault);
        assertThat(withPublicName.allows(host)).isEqualTo(withPublic);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://news.example.com", "news.example.com:443", "news.example.com/", "*.example.com",
        "", "news..example.com"})
    void refusesPublicNamesThatAreNotBareHostNames(String name) {
        assertThatThrownBy(() -> HostNames.normalize(name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NEWSDESK_PUBLIC_HOSTS");
    }
}
