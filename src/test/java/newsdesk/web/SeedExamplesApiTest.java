package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import newsdesk.testing.SeedExamples;

/**
 * Issue 13's questions over HTTP (production wiring, real model, the repository's seeds): {@code POST /api/ask}
 * carries the direct answer as {@code "direct"} (verbatim spans of their citations, a resolved date, a metadata
 * citation naming its field) and its text leads with the direct line; {@code /api/ask/stream} sends it first.
 */
class SeedExamplesApiTest {

    static final List<SeedExamples> EXAMPLES = SeedExamples.ALL;

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.startRealSeeds(TestServer.UNLIMITED);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("EXAMPLES")
    void theJsonLeadsWithTheDirectAnswer(SeedExamples example) {
        HttpResponse<String> response = server.post("/api/ask", TestServer.json(Map.of("question",
                example.question())));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = TestServer.json(response);

        assertThat(answer.path("abstained").asBoolean()).isFalse();
        assertThat(answer.path("answer").asText()).startsWith(example.line() + "\n\n");
        assertDirect(example, answer.path("direct"), answer.path("citations"));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("EXAMPLES")
    void theStreamSendsTheDirectAnswerFirst(SeedExamples example) {
        HttpResponse<String> response = server.post("/api/ask/stream", TestServer.json(Map.of("question",
                example.question())));
        List<SseEvent> events = SseEvent.parse(response.body());

        assertThat(events).extracting(SseEvent::name).startsWith("sources", "direct", "delta").endsWith("done");
        JsonNode direct = events.get(1).data();
        JsonNode done = events.get(events.size() - 1).data();
        assertThat(direct.path("direct")).isEqualTo(done.path("direct"));
        assertThat(direct.path("citations")).as("the citations its parts refer to come with it").isNotEmpty();
        assertDirect(example, direct.path("direct"), done.path("citations"));
        StringBuilder text = new StringBuilder();
        events.stream().filter(e -> e.name().equals("delta")).forEach(e -> text.append(e.data().path("text").asText()));
        assertThat(text.toString()).isEqualTo(done.path("answer").asText()).startsWith(example.line() + "\n\n");
    }

    private static void assertDirect(SeedExamples example, JsonNode direct, JsonNode citations) {
        List<String> texts = new ArrayList<>();
        direct.forEach(part -> texts.add(part.path("text").asText()));
        assertThat(texts).as(example.question()).isEqualTo(example.parts());
        for (JsonNode part : direct) {
            JsonNode cited = citations.get(part.path("n").asInt() - 1);
            assertThat(cited.path("n").asInt()).isEqualTo(part.path("n").asInt());
            assertThat(cited.path("sentence").asText().substring(part.path("start").asInt(), part.path("end").asInt()))
                    .isEqualTo(part.path("text").asText());
            assertThat(cited.path("kind").asText()).isEqualTo(example.field() == null ? "sentence" : "metadata");
            if (example.field() != null) {
                assertThat(cited.path("field").asText()).isEqualTo(example.field());
            }
        }
        JsonNode first = direct.get(0);
        if (example.resolved() == null) {
            assertThat(first.has("resolved")).isFalse();
        } else {
            assertThat(first.path("resolved").asText()).isEqualTo(example.resolved().toString());
            JsonNode cited = citations.get(first.path("n").asInt() - 1);
            List<String> dates = new ArrayList<>();
            cited.path("dates").forEach(d -> dates.add(d.path("date").asText()));
            assertThat(dates).contains(example.resolved().toString());
        }
    }
}
