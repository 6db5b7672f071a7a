package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which client a request is counted against, with and without trusted proxies. */
class ClientAddressTest {

    /** Each row: trusted proxies (space-separated, '-' for none), socket peer, X-Forwarded-For ('-' for none), key. */
    @ParameterizedTest(name = "trusted [{0}] peer {1} XFF [{2}] -> {3}")
    @CsvSource(delimiter = '|', value = {
        // no trusted proxy: the header is never believed
        "-                 | 203.0.113.9 | 1.2.3.4                        | 203.0.113.9",
        "-                 | 127.0.0.1   | 1.2.3.4, 5.6.7.8               | 127.0.0.1",
        // a trusted proxy: the right-most entry it appended
        "10.0.0.1          | 10.0.0.1    | 198.51.100.7                   | 198.51.100.7",
        "10.0.0.1          | 10.0.0.1    | 6.6.6.6, 198.51.100.7          | 198.51.100.7",
        "10.0.0.0/8        | 10.1.2.3    | 6.6.6.6, 198.51.100.7, 10.9.9.9 | 198.51.100.7",
        "10.0.0.1 10.0.0.2 | 10.0.0.1    | 198.51.100.7, 10.0.0.2         | 198.51.100.7",
        // a peer that is not trusted cannot speak for anyone else
        "10.0.0.1          | 203.0.113.9 | 198.51.100.7                   | 203.0.113.9",
        // trusted proxy but no header, or only proxies in it (which a client may have written): the peer
        "10.0.0.1          | 10.0.0.1    | -                              | 10.0.0.1",
        "10.0.0.0/8        | 10.0.0.1    | 10.0.0.5                       | 10.0.0.1",
        // ports some proxies write
        "10.0.0.1          | 10.0.0.1    | 198.51.100.7:5123              | 198.51.100.7",
        "10.0.0.1          | 10.0.0.1    | [2001:db8:1:2::99]:443         | 2001:db8:1:2:0:0:0:0/64",
        // IPv6 clients count by /64
        "-                 | 2001:db8:1:2:aaaa::1 | -                      | 2001:db8:1:2:0:0:0:0/64",
        "-                 | 2001:db8:1:2:ffff::2 | -                      | 2001:db8:1:2:0:0:0:0/64",
        "::1               | ::1         | 2001:db8:5:6::1                | 2001:db8:5:6:0:0:0:0/64",
        // garbage written by a (trusted) proxy is still one key, never the peer's
        "10.0.0.1          | 10.0.0.1    | unknown                        | unparsable:unknown"})
    void keys(String trusted, String peer, String forwardedFor, String expected) {
        ClientAddress addresses = new ClientAddress(trusted.strip().equals("-") ? List.of()
                : Arrays.asList(trusted.strip().split("\\s+")));
        List<String> header = forwardedFor.strip().equals("-") ? List.of() : List.of(forwardedFor.strip());

        assertThat(addresses.key(peer.strip(), header)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"proxy.example.com", "10.0.0.0/33", "10.0.0.1/x", "::1/129", "", "10.0.0"})
    void trustedProxiesMustBeAddressesOrBlocks(String entry) {
        assertThatThrownBy(() -> new ClientAddress(List.of(entry)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NEWSDESK_TRUSTED_PROXIES");
    }
}
