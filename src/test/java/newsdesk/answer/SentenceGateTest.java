package newsdesk.answer;

import static newsdesk.answer.LlmFixtures.PARADE;
import static newsdesk.answer.LlmFixtures.PLANTED;
import static newsdesk.answer.LlmFixtures.SUMMIT;
import static newsdesk.answer.LlmFixtures.whole;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming gate of the model's reply: only verified sentences reach the listener, whatever the token
 * boundaries, each after the citations it introduces; a direct line is held until a sentence is kept.
 */
class SentenceGateTest {

    private static final String PROMPT = "You are Newsdesk, an assistant that answers questions about news articles.";
    private static final String QUESTION = "When will Kim attend the parade?";
    private static final String KEPT_1 = "Kim arrived in Beijing on Tuesday [1].";
    private static final String KEPT_2 = "Putin and Xi signed energy agreements [2].";
    private static final String DROPPED_UNCITED = "Kim arrived in Beijing on Tuesday.";
    private static final String DROPPED_PLANTED = "Readers should visit http://evil.example/login for more [3].";

    /** A gate over the parade, summit and planted articles (passages 1, 2, 3), with what it told the listener. */
    private record Run(SentenceGate gate, LlmFixtures.Recorder listener, CitationVerifier verifier) {
    }

    private static Run run(String reply, int tokenLength) {
        CitationVerifier verifier = new CitationVerifier(List.of(whole(1, PARADE), whole(2, SUMMIT),
                whole(3, PLANTED)), PROMPT);
        LlmFixtures.Recorder listener = new LlmFixtures.Recorder();
        SentenceGate gate = new SentenceGate(verifier, listener, QUESTION);
        for (int i = 0; i < reply.length(); i += tokenLength) {
            gate.accept(reply.substring(i, Math.min(reply.length(), i + tokenLength)));
        }
        gate.finish();
        return new Run(gate, listener, verifier);
    }

    private static Run run(String reply) {
        return run(reply, reply.isEmpty() ? 1 : reply.length());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            kept then kept         | Kim arrived in Beijing on Tuesday [1]. Putin and Xi signed energy agreements [2]. | Kim arrived in Beijing on Tuesday. [1] Putin and Xi signed energy agreements. [2]
            dropped then kept      | Kim arrived in Beijing on Tuesday. Putin and Xi signed energy agreements [2].      | Putin and Xi signed energy agreements. [1]
            kept then dropped      | Kim arrived in Beijing on Tuesday [1]. Readers should visit http://evil.example/login for more [3]. | Kim arrived in Beijing on Tuesday. [1]
            all dropped            | Kim arrived in Beijing on Tuesday. The moon landing was faked by agencies [1].     | NONE
            """)
    void showsOnlyTheSentencesTheVerifierKeeps(String name, String reply, String shown) {
        Run run = run(reply);

        assertThat(run.gate().text()).isEqualTo(Objects.toString(shown, ""));
        assertThat(run.listener().text()).isEqualTo(run.gate().text());
        assertThat(run.gate().seen()).isEqualTo(2);
        assertThat(run.gate().kept()).isEqualTo(shown == null ? 0 : shown.split("\\[\\d]").length);
        assertThat(run.gate().raw()).isEqualTo(reply);
    }

    @ParameterizedTest(name = "tokens of {0}")
    @ValueSource(ints = {1, 2, 3, 5, 8, 13})
    void tokenBoundariesDoNotChangeWhatIsShown(int tokenLength) {
        String reply = String.join(" ", KEPT_1, DROPPED_UNCITED, DROPPED_PLANTED, KEPT_2);
        Run whole = run(reply);
        Run tokens = run(reply, tokenLength);

        assertThat(tokens.gate().text()).isEqualTo(whole.gate().text()).isNotEmpty();
        assertThat(tokens.listener().increments).isEqualTo(whole.listener().increments);
        assertThat(tokens.listener().citations).isEqualTo(whole.listener().citations);
        assertThat(tokens.gate().kept()).isEqualTo(2);
        assertThat(tokens.gate().seen()).isEqualTo(4);
        assertThat(tokens.listener().text()).doesNotContain("evil");
    }

    @Test
    void eachCitationIsAnnouncedOnceJustBeforeTheFirstIncrementUsingIt() {
        // The second sentence quotes the same article sentence as the first: citation 1 again, not announced again.
        Run run = run(String.join(" ", KEPT_1, "Kim arrived by armored train on Tuesday [1].", KEPT_2), 4);

        assertThat(run.listener().calls).containsExactly(
                "citations [1]", "Kim arrived in Beijing on Tuesday. [1]",
                " Kim arrived by armored train on Tuesday. [1]",
                "citations [2]", " Putin and Xi signed energy agreements. [2]");
        assertThat(run.listener().citations).isEqualTo(run.verifier().citations());
    }

    @Test
    void nothingIsShownUntilASentenceIsComplete() {
        CitationVerifier verifier = new CitationVerifier(List.of(whole(1, PARADE)), PROMPT);
        LlmFixtures.Recorder listener = new LlmFixtures.Recorder();
        SentenceGate gate = new SentenceGate(verifier, listener, QUESTION);

        gate.accept("Kim arrived in Beijing ");
        gate.accept("on Tuesday [1]");
        assertThat(listener.calls).isEmpty();
        assertThat(gate.seen()).isZero();

        gate.finish();
        assertThat(listener.text()).isEqualTo("Kim arrived in Beijing on Tuesday [1]");
        assertThat(gate.kept()).isEqualTo(1);
    }

    @Test
    void aDirectLineIsShownWithTheFirstKeptSentenceAndNotCountedAsOne() {
        Run run = run("Answer: Wednesday [1]\n\n" + DROPPED_UNCITED + " Kim will attend a military parade on "
                + "Wednesday [1].", 3);

        assertThat(run.gate().direct()).extracting(DirectAnswer::text).containsExactly("Wednesday");
        DirectAnswer part = run.gate().direct().get(0);
        Citation cited = run.verifier().citations().get(part.n() - 1);
        assertThat(cited.sentence().substring(part.start(), part.end())).isEqualTo(part.text());
        assertThat(run.listener().calls.get(0)).isEqualTo("citations [1]");
        assertThat(run.listener().calls.get(1)).isEqualTo("direct [Wednesday [1]]");
        assertThat(run.listener().calls.get(2)).startsWith("Wednesday");
        assertThat(run.gate().text()).startsWith(run.listener().calls.get(2) + "\n\n")
                .endsWith("Kim will attend a military parade on Wednesday. [1]");
        assertThat(run.listener().text()).isEqualTo(run.gate().text());
        assertThat(run.gate().seen()).isEqualTo(2);
        assertThat(run.gate().kept()).isEqualTo(1);
    }

    @Test
    void aDirectLineIsShownOnceHoweverManySentencesFollow() {
        Run run = run("Answer: Wednesday [1]\n\nKim will attend a military parade on Wednesday [1]. " + KEPT_2, 3);

        assertThat(run.listener().calls).filteredOn(call -> call.startsWith("direct")).hasSize(1);
        String line = run.listener().calls.get(run.listener().calls.indexOf("direct [Wednesday [1]]") + 1);
        assertThat(run.gate().text()).startsWith(line + "\n\n").containsOnlyOnce(line)
                .endsWith("Putin and Xi signed energy agreements. [2]");
        assertThat(run.gate().kept()).isEqualTo(2);
    }

    @Test
    void aDirectLineWithoutAKeptSentenceIsNeverShown() {
        Run run = run("Answer: Wednesday [1]\n\n" + DROPPED_UNCITED, 3);

        assertThat(run.gate().direct()).isEmpty();
        assertThat(run.gate().text()).isEmpty();
        assertThat(run.listener().calls).isEmpty();
    }

    @Test
    void aDirectLineNotFoundInItsPassagesIsDroppedButTheSentencesStay() {
        Run run = run("Answer: Thursday [1]\n\n" + KEPT_1, 3);

        assertThat(run.gate().direct()).isEmpty();
        assertThat(run.gate().text()).isEqualTo("Kim arrived in Beijing on Tuesday. [1]");
        assertThat(run.listener().calls).noneMatch(call -> call.startsWith("direct"));
    }

    @Test
    void onlyTheFirstLineCanBeADirectLine() {
        Run run = run(KEPT_1 + "\nAnswer: Wednesday [1]\n", 3);

        assertThat(run.gate().direct()).isEmpty();
        assertThat(run.gate().seen()).isEqualTo(2);
        assertThat(run.listener().calls).noneMatch(call -> call.startsWith("direct"));
    }

    @Test
    void aBlankReplyShowsNothing() {
        Run run = run("  \n\n ", 1);

        assertThat(run.gate().text()).isEmpty();
        assertThat(run.gate().seen()).isZero();
        assertThat(run.listener().calls).isEmpty();
    }
}
