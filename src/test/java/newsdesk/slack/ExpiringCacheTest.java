package newsdesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import newsdesk.testing.MutableClock;

class ExpiringCacheTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-09-01T00:00:00Z"));

    @Test
    void remembersKeysForTheirLifetime() {
        ExpiringCache<Boolean> seen = new ExpiringCache<>(Duration.ofMinutes(10), 100, clock);
        assertThat(seen.putIfAbsent("Ev1", true)).isTrue();
        clock.advance(Duration.ofMinutes(9).plusSeconds(59));
        assertThat(seen.putIfAbsent("Ev1", true)).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(seen.putIfAbsent("Ev1", true)).isTrue();
    }

    @Test
    void neverHoldsMoreThanItsBound() {
        ExpiringCache<Integer> cache = new ExpiringCache<>(Duration.ofHours(1), 3, clock);
        for (int i = 0; i < 10; i++) {
            cache.put("k" + i, i);
        }
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.get("k6")).isNull();
        assertThat(cache.get("k9")).isEqualTo(9);
    }

    @Test
    void rewritingAKeyRenewsItAndMovesItToTheBack() {
        ExpiringCache<String> threads = new ExpiringCache<>(Duration.ofMinutes(10), 2, clock);
        threads.put("a", "1");
        threads.put("b", "2");
        clock.advance(Duration.ofMinutes(5));
        threads.put("a", "3");
        clock.advance(Duration.ofMinutes(6));
        assertThat(threads.get("b")).isNull();
        assertThat(threads.get("a")).isEqualTo("3");
        threads.put("c", "4");
        assertThat(threads.get("a")).isEqualTo("3");
        assertThat(threads.size()).isEqualTo(2);
    }
}
