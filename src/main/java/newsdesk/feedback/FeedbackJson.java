package newsdesk.feedback;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one JSON shape of a {@link Feedback} record, one object per line in the log, the Solr store and the admin
 * export: {@code {"at","rating","comment","correction","surface","answerId","askedAt","question","answer",
 * "abstained","citations":[{"n","articleId","sentence"}],"settings":{…},"earlier":[…]}}: {@code earlier} (the
 * questions asked before in the conversation) may be missing.
 */
public final class FeedbackJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FeedbackJson() {
    }

    /** The record as a JSON object. */
    public static ObjectNode node(Feedback f) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("at", f.at().toString());
        node.put("rating", f.rating().wire());
        node.put("comment", f.comment());
        node.put("correction", f.correction());
        node.put("surface", f.surface());
        writeAnswer(node, f.answer());
        return node;
    }

    /**
     * Writes the fields of an answer record ({@code answerId … earlier}) into {@code node}: a feedback record holds
     * them, and the Solr store keeps recent answers in this shape.
     */
    public static ObjectNode writeAnswer(ObjectNode node, AnswerRecord a) {
        node.put("answerId", a.answerId());
        node.put("askedAt", a.askedAt().toString());
        node.put("question", a.question());
        node.put("answer", a.answer());
        node.put("abstained", a.abstained());
        ArrayNode citations = node.putArray("citations");
        for (AnswerRecord.Cited c : a.citations()) {
            citations.addObject().put("n", c.n()).put("articleId", c.articleId()).put("sentence", c.sentence());
        }
        ObjectNode settings = node.putObject("settings");
        new TreeMap<>(a.settings()).forEach(settings::put);
        ArrayNode earlier = node.putArray("earlier");
        a.earlier().forEach(earlier::add);
        return node;
    }

    /** The answer record whose fields {@link #writeAnswer} wrote into {@code node}. */
    public static AnswerRecord readAnswer(JsonNode node) {
        List<AnswerRecord.Cited> cited = new ArrayList<>();
        for (JsonNode c : node.path("citations")) {
            cited.add(new AnswerRecord.Cited(c.path("n").asInt(), text(c, "articleId"), text(c, "sentence")));
        }
        Map<String, String> settings = new TreeMap<>();
        node.path("settings").fields().forEachRemaining(e -> settings.put(e.getKey(), e.getValue().asText()));
        List<String> earlier = new ArrayList<>();
        node.path("earlier").forEach(q -> earlier.add(q.asText()));
        return new AnswerRecord(text(node, "answerId"), Instant.parse(text(node, "askedAt")),
                text(node, "question"), text(node, "answer"), node.path("abstained").asBoolean(), cited, settings,
                earlier);
    }

    /** One line of JSON, without the line break. */
    public static String line(Feedback f) {
        try {
            return MAPPER.writeValueAsString(node(f));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JsonNode always serializes", e);
        }
    }

    /** The record in {@code line}; {@link IllegalArgumentException} when it is not one. */
    public static Feedback parse(String line) {
        try {
            return read(MAPPER.readTree(line));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a feedback record: " + e.getMessage(), e);
        }
    }

    /** The record in {@code node}. */
    public static Feedback read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("a feedback record is a JSON object");
        }
        AnswerRecord answer = readAnswer(node);
        return new Feedback(Instant.parse(text(node, "at")), Rating.parse(text(node, "rating")),
                optional(node, "comment"), optional(node, "correction"), text(node, "surface"), answer);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("field '" + field + "' is missing or not a string");
        }
        return value.textValue();
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
