package newsdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Recent answers are bounded in number and expire after their lifetime. */
class RecentAnswersTest {

    private Instant now = Records.AT;
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private AnswerRecord at(String id) {
        AnswerRecord a = Records.answer(id, "Q?", "x");
        return new AnswerRecord(id, now, a.question(), a.answer(), a.abstained(), a.citations(), a.settings());
    }

    @Test
    void theOldestAnswerGoesWhenFull() {
        RecentAnswers recent = new RecentAnswers(clock, 2, Duration.ofHours(1));
        recent.put(at("a"));
        recent.put(at("b"));
        recent.put(at("c"));
        assertThat(recent.get("a")).isEmpty();
        assertThat(recent.get("b")).isPresent();
        assertThat(recent.get("c")).isPresent();
        assertThat(recent.size()).isEqualTo(2);
    }

    @Test
    void answersExpireAfterTheirLifetime() {
        RecentAnswers recent = new RecentAnswers(clock, 10, Duration.ofHours(1));
        recent.put(at("a"));
        now = now.plus(Duration.ofMinutes(30));
        recent.put(at("b"));
        now = now.plus(Duration.ofMinutes(31));
        assertThat(recent.get("a")).isEmpty();
        assertThat(recent.get("b")).isPresent();
        now = now.plus(Duration.ofMinutes(30));
        assertThat(recent.get("b")).isEmpty();
        assertThat(recent.get(null)).isEmpty();
    }
}
