package newsdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.error.RefusedException;

/** The append-only feedback log: round trip, reopening, torn last lines, lines that are not records, bounds. */
class FeedbackLogTest {

    @TempDir
    Path dir;

    private final Feedback up = Records.feedback(Rating.UP, "Spot on", null,
            Records.answer("a-1", "Who will attend the parade?", "wsj-1", "ap-2"));
    private final Feedback down = Records.feedback(Rating.DOWN, null, "Kim Jong Un and Vladimir Putin",
            Records.answer("a-2", "Who hosts the parade?", "wsj-1"));

    @Test
    void recordsSurviveReopeningWithEveryField() {
        try (FeedbackLog log = new FeedbackLog(dir)) {
            log.append(up);
            log.append(down);
        }
        try (FeedbackLog reopened = new FeedbackLog(dir)) {
            assertThat(reopened.all()).containsExactly(up, down);
            Feedback first = reopened.all().get(0);
            assertThat(first.answer().citations()).extracting(AnswerRecord.Cited::articleId)
                    .containsExactly("wsj-1", "ap-2");
            assertThat(first.answer().settings()).containsEntry("topK", "5");
        }
        assertThat(dir.resolve(FeedbackLog.FILE_NAME)).content(StandardCharsets.UTF_8).endsWith("\n")
                .hasLineCount(2);
    }

    @Test
    void aTornLastLineIsIgnoredAndCutOffBeforeTheNextAppend() throws Exception {
        try (FeedbackLog log = new FeedbackLog(dir)) {
            log.append(up);
        }
        Path file = dir.resolve(FeedbackLog.FILE_NAME);
        String whole = FeedbackJson.line(down);
        Files.writeString(file, whole.substring(0, whole.length() / 2), StandardOpenOption.APPEND);

        try (FeedbackLog log = new FeedbackLog(dir)) {
            assertThat(log.all()).containsExactly(up);
            log.append(down);
            assertThat(log.all()).containsExactly(up, down);
        }
        assertThat(Files.readAllLines(file)).hasSize(2);
    }

    @Test
    void twoWritersOnOneDataDirectoryNeverOverwriteEachOther() {
        Feedback third = Records.feedback(Rating.UP, "again", null, Records.answer("a-3", "Q?", "x"));
        try (FeedbackLog server = new FeedbackLog(dir); FeedbackLog chat = new FeedbackLog(dir)) {
            server.append(up);
            chat.append(down);
            server.append(third);
        }
        assertThat(FeedbackLog.read(dir.resolve(FeedbackLog.FILE_NAME))).containsExactly(up, down, third);
    }

    @Test
    void linesThatAreNotRecordsAreSkipped() throws Exception {
        Path file = dir.resolve(FeedbackLog.FILE_NAME);
        Files.writeString(file, FeedbackJson.line(up) + "\nnot json\n{\"rating\":\"up\"}\n\n" + FeedbackJson.line(down)
                + "\n");
        assertThat(FeedbackLog.read(file)).containsExactly(up, down);
    }

    @Test
    void aMissingLogHasNoRecordsAndIsNotCreatedByReading() {
        try (FeedbackLog log = new FeedbackLog(dir.resolve("fresh"))) {
            assertThat(log.all()).isEmpty();
        }
        assertThat(dir.resolve("fresh")).doesNotExist();
    }

    @Test
    void commentsAndCorrectionsAreBoundedAndBlankOnesDropped() {
        AnswerRecord answer = Records.answer("a-3", "Q?", "x");
        String longest = "c".repeat(Feedback.MAX_COMMENT_CHARS);
        assertThat(Records.feedback(Rating.UP, longest, "  ", answer).comment()).isEqualTo(longest);
        assertThat(Records.feedback(Rating.UP, "  ", "  ", answer).correction()).isNull();
        assertThatThrownBy(() -> Records.feedback(Rating.UP, longest + "c", null, answer))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RefusedException.Kind.TOO_LARGE);
                    assertThat(e.code()).isEqualTo("comment_too_long");
                });
        assertThatThrownBy(() -> Records.feedback(Rating.DOWN, null, "c".repeat(Feedback.MAX_CORRECTION_CHARS + 1),
                answer)).isInstanceOf(RefusedException.class).hasMessageContaining("correction");
    }
}
