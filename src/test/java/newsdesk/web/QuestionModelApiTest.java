package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

import newsdesk.Newsdesk;
import newsdesk.article.Filters;
import newsdesk.ingest.Ingestor;
import newsdesk.retrieve.Passage;
import newsdesk.testing.SeedExamples;
import newsdesk.testing.TestDesks;

/**
 * {@code NEWSDESK_QUESTION_MODEL=minilm-q} over HTTP (production wiring, the repository's seeds embedded by the full
 * all-MiniLM-L6-v2, questions by its quantized copy): {@code POST /api/ask} gives the seed questions the same direct
 * answers as the default, still abstains off topic, and the passages' similarities are the quantized question's.
 */
class QuestionModelApiTest {

    static final List<SeedExamples> EXAMPLES = SeedExamples.ALL;

    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        Path data = Files.createTempDirectory("question-model");
        Newsdesk desk = Newsdesk.create(TestDesks.settings(TestDesks.SEEDS, data,
                Map.of("NEWSDESK_QUESTION_MODEL", "minilm-q")));
        desk.ingestSeeds(Ingestor.Progress.NONE);
        server = TestServer.serve(desk, TestServer.UNLIMITED, true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("EXAMPLES")
    void answersTheSeedQuestionsWithTheirDirectAnswers(SeedExamples example) {
        JsonNode answer = TestServer.json(server.post("/api/ask", TestServer.json(Map.of("question",
                example.question()))));

        assertThat(answer.path("abstained").asBoolean()).as(example.question()).isFalse();
        assertThat(answer.path("answer").asText()).startsWith(example.line() + "\n\n");
        assertThat(answer.path("direct").findValuesAsText("text")).isEqualTo(example.parts());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"What is the capital of Australia?", "How do I bake sourdough bread?"})
    void abstainsOffTopic(String question) {
        JsonNode answer = TestServer.json(server.post("/api/ask", TestServer.json(Map.of("question", question))));

        assertThat(answer.path("abstained").asBoolean()).as(question).isTrue();
        assertThat(answer.path("citations")).isEmpty();
    }

    @Test
    void passagesAreScoredAgainstTheQuantizedQuestionVector() throws Exception {
        String question = "Who will join Xi Jinping at the parade?";
        Passage full = TestDesks.realSeeds(Files.createTempDirectory("full-questions")).qa()
                .search(question, 1, Filters.NONE).get(0);
        Passage quantized = server.newsdesk.qa().search(question, 1, Filters.NONE).get(0);

        assertThat(quantized.similarity()).isNotEqualTo(full.similarity()).isCloseTo(full.similarity(),
                Offset.offset(0.03));
    }
}
