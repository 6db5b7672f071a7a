package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The citations of a streamed answer travel with the text that first uses them: over real HTTP, on the production
 * wiring with the extractive answerer, every {@code delta} event carries the citations its markers introduce, in the
 * JSON of {@code /api/ask}, so that a client resolves each {@code [n]} as it arrives. (The language-model path, a
 * sentence at a time, is covered by {@code LlmWebTest}.)
 */
class StreamedCitationsTest extends ApiServerFixture {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

    @Test
    void theExtractiveAnswersDirectEventAndDeltaCarryEveryCitationOfItsText() {
        List<SseEvent> events = stream("Who will join Xi at the military parade in Beijing?");

        List<JsonNode> deltas = data(events, "delta");
        JsonNode done = data(events, "done").get(0);
        assertThat(done.get("abstained").asBoolean()).isFalse();
        assertThat(deltas).as("the extractive answer is composed at once and sent whole").hasSize(1);
        JsonNode delta = deltas.get(0);
        assertThat(ApiAssertions.fieldNames(delta)).containsExactly("text", "citations");
        assertThat(delta.get("text").asText()).isEqualTo(done.get("answer").asText());
        assertThat(markers(delta.get("text").asText())).isNotEmpty();
        List<String> order = events.stream().map(SseEvent::name).filter(n -> n.equals("direct") || n.equals("delta"))
                .toList();
        assertThat(order).as("the direct answer comes first, with the citations it refers to").startsWith("direct");
        JsonNode direct = data(events, "direct").get(0);
        assertThat(direct.get("direct")).isEqualTo(done.get("direct"));
        List<JsonNode> carriers = events.stream().filter(e -> e.name().equals("direct") || e.name().equals("delta"))
                .map(SseEvent::data).toList();
        assertEveryMarkerResolvedOnArrival(carriers, done);
    }

    @Test
    void anAbstentionStreamsNoCitations() {
        List<SseEvent> events = stream("What did the central bank decide about interest rates?");

        JsonNode done = data(events, "done").get(0);
        assertThat(done.get("abstained").asBoolean()).isTrue();
        List<JsonNode> deltas = data(events, "delta");
        assertThat(deltas).isNotEmpty().allSatisfy(delta -> {
            assertThat(delta.get("citations").isArray()).isTrue();
            assertThat(delta.get("citations")).isEmpty();
        });
    }

    /**
     * Every marker of a delta names a citation that this delta or an earlier one carried, with the number, article
     * and quote the final answer gives it; each citation is carried once, and together they are the final citations.
     */
    private static void assertEveryMarkerResolvedOnArrival(List<JsonNode> deltas, JsonNode done) {
        List<JsonNode> received = new ArrayList<>();
        for (JsonNode delta : deltas) {
            delta.get("citations").forEach(received::add);
            List<Integer> numbers = delta.has("text") ? markers(delta.get("text").asText())
                    : delta.get("direct").findValues("n").stream().map(JsonNode::asInt).toList();
            for (int n : numbers) {
                assertThat(received).as("citation [%d] has arrived with or before its marker", n)
                        .anySatisfy(citation -> assertThat(citation.get("n").asInt()).isEqualTo(n));
            }
        }
        assertThat(received).containsExactlyElementsOf(done.get("citations"));
    }

    private static List<Integer> markers(String text) {
        List<Integer> numbers = new ArrayList<>();
        Matcher matcher = MARKER.matcher(text);
        while (matcher.find()) {
            numbers.add(Integer.parseInt(matcher.group(1)));
        }
        return numbers;
    }

    private static List<SseEvent> stream(String question) {
        URI uri = URI.create(server.base() + "/api/ask/stream");
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(uri)
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(TestServer.json(Map.of("question", question)))));
        assertThat(response.statusCode()).isEqualTo(200);
        List<SseEvent> events = SseEvent.parse(response.body());
        assertThat(events).extracting(SseEvent::name).doesNotContain("error");
        return events;
    }

    private static List<JsonNode> data(List<SseEvent> events, String name) {
        return events.stream().filter(e -> e.name().equals(name)).map(SseEvent::data).toList();
    }
}
