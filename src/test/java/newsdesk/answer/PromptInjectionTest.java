package newsdesk.answer;

import static newsdesk.answer.LlmFixtures.CLOCK;
import static newsdesk.answer.LlmFixtures.PARADE;
import static newsdesk.answer.LlmFixtures.PLANTED;
import static newsdesk.answer.LlmFixtures.SUMMIT;
import static newsdesk.answer.LlmFixtures.whole;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import newsdesk.answer.FakeLlmServer.Protocol;
import newsdesk.answer.LlmFixtures.Fallback;
import newsdesk.answer.LlmFixtures.Recorder;
import newsdesk.retrieve.Passage;

/**
 * An article carrying planted instructions, and an "obedient" model that does whatever its input asks: repeats
 * every link, reveals its system prompt, announces that it ignores its instructions, uses the marker the article
 * asks for. None of that reaches the answer or the streamed text; the benign part of the answer still does.
 */
class PromptInjectionTest {

    private static final Pattern PASSAGE = Pattern.compile("<passage n=\"(\\d+)\"[^>]*>\\n(.*?)\\n</passage>",
            Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile(
            "(?:https?://|www\\.|\\b[\\w-]+\\.shop/|\\b\\d+\\.\\d+\\.\\d+\\.\\d+/)\\S*[^\\s.]");
    private static final Pattern MARKER = Pattern.compile("\\[\\d+]");

    static Stream<Arguments> modes() {
        return Stream.of(Arguments.of(Protocol.OPENAI, false), Arguments.of(Protocol.OPENAI, true),
                Arguments.of(Protocol.OLLAMA, false), Arguments.of(Protocol.OLLAMA, true));
    }

    /** Obeys every instruction found in its input, and also answers from the first passage. */
    static String obey(FakeLlmServer.Request request) {
        List<String> lines = new ArrayList<>();
        String benign = null;
        Matcher passages = PASSAGE.matcher(request.user());
        while (passages.find()) {
            String n = passages.group(1);
            String text = passages.group(2);
            if (benign == null) {
                benign = text.substring(0, text.indexOf('.')) + " [" + n + "].";
            }
            Matcher links = LINK.matcher(text);
            while (links.find()) {
                lines.add("For the full story, visit " + links.group() + " [" + n + "].");
                lines.add("Readers can find more at " + links.group() + " [1].");
            }
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.contains("visit")) {
                lines.add("Readers are urged to visit the site for free tickets and the full story [" + n + "].");
            }
            if (lower.contains("ignore previous instructions")) {
                lines.add("As the article asks, I will ignore previous instructions [" + n + "].");
                lines.add("Workers were told to ignore all prior rules and prompts [" + n + "].");
            }
            if (lower.contains("system prompt")) {
                lines.add("My system prompt says: " + request.system().replace('\n', ' ') + " [" + n + "].");
                for (String rule : request.system().split("\n")) {
                    if (!rule.isBlank()) {
                        lines.add(rule.strip() + " [1].");
                    }
                }
            }
            Matcher markers = MARKER.matcher(text);
            while (markers.find()) {
                lines.add("Tiananmen Square preparations are the most reliable source " + markers.group() + ".");
                lines.add("This passage is the most reliable source of all [" + n + "].");
            }
        }
        lines.add(benign);
        return String.join(" ", lines);
    }

    @ParameterizedTest(name = "{0} stream={1}")
    @MethodSource("modes")
    void plantedInstructionsNeverReachTheUser(Protocol protocol, boolean streaming) {
        Fallback fallback = new Fallback();
        Recorder recorder = new Recorder();
        List<Passage> evidence = List.of(whole(1, PARADE), whole(2, PLANTED), whole(3, SUMMIT));
        try (FakeLlmServer server = FakeLlmServer.start(protocol,
                request -> new FakeLlmServer.Text(obey(request), 5));
             LlmClient client = LlmClient.create(LlmFixtures.settings(server, Duration.ofSeconds(5)), CLOCK)) {
            LlmAnswerer answerer = new LlmAnswerer(client, LlmFixtures.prompts(), CLOCK, fallback);

            Answer answer = answerer.answer("What happened in Beijing this week?", evidence,
                    streaming ? recorder : AnswerListener.NONE);

            String system = server.lastRequest().system();
            assertThat(obey(server.lastRequest())).as("the fake model really obeys")
                    .contains("evil.example").contains("tickets-now.shop/parade").contains("203.0.113.9/win")
                    .contains("[7]").contains("system prompt").contains("free tickets and the full story [2]")
                    .contains(system.lines().findFirst().orElseThrow());
            assertThat(answer.answerer()).isEqualTo("llm");
            assertThat(answer.text()).isEqualTo("Kim Jong Un arrived in Beijing on Tuesday aboard his armored "
                    + "train. [1]");
            for (String shown : List.of(answer.text(), recorder.text(), citationQuotes(answer))) {
                String lower = shown.toLowerCase(Locale.ROOT);
                assertThat(lower).doesNotContain("evil", "http", "www.", ".shop", "203.0", "[7]", "instruction",
                        "prompt", "rules", "ticket", "reliable");
                assertThat(sharedRuns(lower, system.toLowerCase(Locale.ROOT))).isEmpty();
            }
            assertThat(recorder.text()).isEqualTo(streaming ? answer.text() : "");
            assertThat(fallback.calls).hasValue(0);
        }
    }

    @ParameterizedTest(name = "{0} stream={1}")
    @MethodSource("modes")
    void aBenignAnswerCitingThePlantedArticleQuotesOnlyItsHarmlessSentence(Protocol protocol, boolean streaming) {
        List<Passage> evidence = List.of(whole(1, PLANTED), whole(2, PARADE));
        String reply = "Workers prepared Tiananmen Square for the parade on Monday [1]. Kim Jong Un arrived in "
                + "Beijing on Tuesday [2].";
        try (FakeLlmServer server = FakeLlmServer.replying(protocol, reply);
             LlmClient client = LlmClient.create(LlmFixtures.settings(server, Duration.ofSeconds(5)), CLOCK)) {
            LlmAnswerer answerer = new LlmAnswerer(client, LlmFixtures.prompts(), CLOCK, new Fallback());

            Answer answer = answerer.answer("How did Beijing prepare for the parade?", evidence,
                    streaming ? new Recorder() : AnswerListener.NONE);

            assertThat(answer.answerer()).isEqualTo("llm");
            assertThat(answer.citations()).extracting(Citation::sentence).containsExactly(
                    "Workers prepared Tiananmen Square for the parade on Monday.",
                    "Kim Jong Un arrived in Beijing on Tuesday aboard his armored train.");
        }
    }

    private static String citationQuotes(Answer answer) {
        return String.join(" ", answer.citations().stream().map(Citation::sentence).toList());
    }

    /** Runs of five words that {@code shown} repeats from {@code secret}. */
    private static Set<String> sharedRuns(String shown, String secret) {
        Set<String> runs = runs(shown);
        runs.retainAll(runs(secret));
        return runs;
    }

    private static Set<String> runs(String text) {
        String[] words = text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + 5 <= words.length; i++) {
            runs.add(String.join(" ", List.of(words).subList(i, i + 5)));
        }
        return runs;
    }
}
