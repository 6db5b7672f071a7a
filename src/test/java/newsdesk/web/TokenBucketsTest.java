package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import newsdesk.testing.MutableClock;

/** The token bucket, step by step on a hand-moved clock. */
class TokenBucketsTest {

    /**
     * Each row: rate per minute, burst, then a script of steps: {@code +N} moves the clock N ms, {@code t} takes a
     * token and expects it granted, {@code rS} takes one and expects a refusal with Retry-After S seconds.
     */
    @ParameterizedTest(name = "{0}/min burst {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "60 | 3 | t t t r1",
        "60 | 3 | t t t r1 +999 r1 +1 t r1",
        "60 | 1 | t r1 +500 r1 +500 t",
        "6  | 2 | t t r10 +5000 r5 +5000 t r10",
        "1  | 1 | t r60 +59000 r1 +1000 t",
        "60 | 2 | t t +60000 t t r1",
        "60 | 2 | +3600000 t t r1",
        "120| 4 | t t t t r1 +500 t r1",
        "0  | 1 | t t t t t t t t t t"})
    void followsTheScript(int perMinute, int burst, String script) {
        MutableClock clock = new MutableClock(Instant.parse("2025-09-01T12:00:00Z"));
        TokenBuckets buckets = new TokenBuckets(clock, perMinute, burst, 100);

        List<String> seen = new ArrayList<>();
        for (String step : script.strip().split("\\s+")) {
            if (step.startsWith("+")) {
                clock.advance(Duration.ofMillis(Long.parseLong(step.substring(1))));
                seen.add(step);
                continue;
            }
            TokenBuckets.Decision decision = buckets.take("client");
            seen.add(decision.allowed() ? "t" : "r" + decision.retryAfterSeconds());
        }

        assertThat(String.join(" ", seen)).isEqualTo(script.strip().replaceAll("\\s+", " "));
    }

    @Test
    void keysHaveTheirOwnBuckets() {
        TokenBuckets buckets = new TokenBuckets(new MutableClock(Instant.parse("2025-09-01T12:00:00Z")), 60, 1, 100);

        assertThat(buckets.take("a").allowed()).isTrue();
        assertThat(buckets.take("a").allowed()).isFalse();
        assertThat(buckets.take("b").allowed()).isTrue();
    }

    @Test
    void memoryIsBoundedByForgettingTheLeastRecentlyUsedKey() {
        TokenBuckets buckets = new TokenBuckets(new MutableClock(Instant.parse("2025-09-01T12:00:00Z")), 60, 1, 1000);

        for (int i = 0; i < 50_000; i++) {
            buckets.take("client-" + i);
        }

        assertThat(buckets.size()).isEqualTo(1000);
        assertThat(buckets.take("client-49999").allowed()).as("recent keys are remembered").isFalse();
        assertThat(buckets.take("client-0").allowed()).as("the oldest was forgotten").isTrue();
    }

    @Test
    void aClockGoingBackwardsGrantsNothingExtra() {
        MutableClock clock = new MutableClock(Instant.parse("2025-09-01T12:00:00Z"));
        TokenBuckets buckets = new TokenBuckets(clock, 60, 1, 10);
        assertThat(buckets.take("a").allowed()).isTrue();

        clock.advance(Duration.ofMinutes(-5));

        assertThat(buckets.take("a").allowed()).isFalse();
    }
}
