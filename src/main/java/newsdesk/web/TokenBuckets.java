package newsdesk.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One token bucket per key (a client, a conversation): each holds at most {@code burst} tokens and refills at
 * {@code perMinute} tokens a minute; a request takes one token or is refused with the seconds until the next one.
 * Memory is bounded: beyond {@code maxKeys} keys the least recently used bucket is forgotten (its key starts again with
 * a full bucket, which only ever favours the forgotten key). {@code perMinute == 0} allows everything.
 */
final class TokenBuckets {

    /** The outcome for one request: allowed, or refused with a wait in whole seconds (at least 1). */
    record Decision(boolean allowed, long retryAfterSeconds) {

        static final Decision ALLOW = new Decision(true, 0);
    }

    private static final class Bucket {
        double tokens;
        long updatedMillis;

        Bucket(double tokens, long updatedMillis) {
            this.tokens = tokens;
            this.updatedMillis = updatedMillis;
        }
    }

    /** Refill arithmetic in doubles leaves crumbs like 1.0000000002 s; a microsecond never changes an answer. */
    private static final double ROUNDING = 1e-6;

    private final Clock clock;
    private final int perMinute;
    private final int burst;
    private final Map<String, Bucket> buckets;

    TokenBuckets(Clock clock, int perMinute, int burst, int maxKeys) {
        if (perMinute < 0 || burst < 1 || maxKeys < 1) {
            throw new IllegalArgumentException("perMinute >= 0, burst >= 1 and maxKeys >= 1");
        }
        this.clock = clock;
        this.perMinute = perMinute;
        this.burst = burst;
        this.buckets = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Takes one token from {@code key}'s bucket if it has one. */
    synchronized Decision take(String key) {
        if (perMinute == 0) {
            return Decision.ALLOW;
        }
        long now = clock.millis();
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            bucket = new Bucket(burst, now);
            buckets.put(key, bucket);
        } else {
            long elapsed = Math.max(0, now - bucket.updatedMillis);
            bucket.tokens = Math.min(burst, bucket.tokens + elapsed * perMinute / 60_000.0);
            bucket.updatedMillis = now;
        }
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return Decision.ALLOW;
        }
        double missingSeconds = (1 - bucket.tokens) * 60.0 / perMinute;
        return new Decision(false, Math.max(1, (long) Math.ceil(missingSeconds - ROUNDING)));
    }

    /** How many keys are remembered now (bounded by {@code maxKeys}). */
    synchronized int size() {
        return buckets.size();
    }
}
