package newsdesk.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;

import newsdesk.error.RefusedException;
import newsdesk.error.RefusedException.Kind;
import newsdesk.qa.QaService;
import newsdesk.feedback.FeedbackService;
import newsdesk.feedback.Rating;
import newsdesk.article.Filters;

/**
 * Turns JSON request bodies into request records, refusing anything malformed with an {@code INVALID}
 * {@link RefusedException} whose message names the field and what is wrong with it.
 */
final class RequestReader {

    /** Conversation ids are UUIDs; anything much longer is not one. */
    static final int MAX_CONVERSATION_ID_CHARS = 100;

    private final ApiJson json;
    private final int maxQuestionChars;

    RequestReader(ApiJson json, int maxQuestionChars) {
        this.json = json;
        this.maxQuestionChars = maxQuestionChars;
    }

    AskRequest ask(byte[] body) {
        JsonNode node = object(body, List.of("question", "conversationId", "filters"));
        String question = requiredString(node, "question");
        requireWords(question, "question");
        if (question.length() > maxQuestionChars) {
            throw new RefusedException(Kind.TOO_LARGE, "question_too_long", "question has " + question.length()
                    + " characters; the limit is " + maxQuestionChars);
        }
        String conversationId = optionalString(node, "conversationId");
        if (conversationId != null && conversationId.length() > MAX_CONVERSATION_ID_CHARS) {
            throw invalid("field 'conversationId' is not a conversation id (at most " + MAX_CONVERSATION_ID_CHARS
                    + " characters)");
        }
        return new AskRequest(question, conversationId, filters(node.get("filters")));
    }

    SearchRequest search(byte[] body) {
        JsonNode node = object(body, List.of("query", "topK", "filters"));
        String query = requiredString(node, "query");
        requireWords(query, "query");
        int topK = SearchRequest.DEFAULT_TOP_K;
        JsonNode k = node.get("topK");
        if (k != null && !k.isNull()) {
            if (!k.isIntegralNumber() || !k.canConvertToInt()) {
                throw invalid("field 'topK' must be a whole number, got " + describe(k));
            }
            topK = k.intValue();
            if (topK < 1 || topK > QaService.MAX_TOP_K) {
                throw invalid("field 'topK' must be between 1 and " + QaService.MAX_TOP_K + ", got " + topK);
            }
        }
        return new SearchRequest(query, topK, filters(node.get("filters")));
    }

    /** The body of {@code POST /api/feedback}: {@code answerId} and {@code rating} required. */
    FeedbackService.Request feedback(byte[] body) {
        JsonNode node = object(body, List.of("answerId", "rating", "comment", "correction"));
        String answerId = requiredString(node, "answerId");
        Rating rating = Rating.parse(requiredString(node, "rating"));
        return new FeedbackService.Request(answerId, rating, optionalString(node, "comment"),
                optionalString(node, "correction"), "web");
    }

    private Filters filters(JsonNode node) {
        if (node == null || node.isNull()) {
            return Filters.NONE;
        }
        if (!node.isObject()) {
            throw invalid("field 'filters' must be an object, got " + describe(node));
        }
        checkFields(node, List.of("sources", "from", "to"), "filters.");
        Set<String> sources = new LinkedHashSet<>();
        JsonNode list = node.get("sources");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw invalid("field 'filters.sources' must be an array of strings, got " + describe(list));
            }
            for (JsonNode source : list) {
                if (!source.isTextual()) {
                    throw invalid("field 'filters.sources' must hold strings, got " + describe(source));
                }
                sources.add(source.textValue());
            }
        }
        try {
            return new Filters(sources, date(node, "from"), date(node, "to"));
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
    }

    private LocalDate date(JsonNode filters, String field) {
        String text = optionalString(filters, field, "filters." + field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid("field 'filters." + field + "' must be a date like 2025-08-01, got '" + text + "'");
        }
    }

    private JsonNode object(byte[] body, List<String> fields) {
        JsonNode node;
        try {
            node = body == null || body.length == 0 ? null : json.read(utf8(body));
        } catch (StreamConstraintsException e) {
            throw new RefusedException(Kind.INVALID, "invalid_json", "request body is nested more than "
                    + ApiJson.MAX_NESTING_DEPTH + " levels deep");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new RefusedException(Kind.INVALID, "invalid_json", "request body is not valid JSON: " + reason(e)
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
        if (node == null || !node.isObject()) {
            throw new RefusedException(Kind.INVALID, "invalid_json", "request body must be a JSON object with "
                    + String.join(", ", fields.stream().map(f -> "'" + f + "'").toList()));
        }
        checkFields(node, fields, "");
        return node;
    }

    /** JSON is UTF-8 (RFC 8259), whatever charset the request claims; malformed or overlong sequences are refused. */
    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new RefusedException(Kind.INVALID, "invalid_json", "request body is not valid UTF-8");
        }
    }

    /** Jackson's own words for what is wrong, minus the Java type and setting names it sometimes quotes. */
    private static String reason(JsonProcessingException e) {
        String reason = String.valueOf(e.getOriginalMessage())
                .replaceAll("\\s*\\(bound as `[^`]*`\\)", "")
                .replaceAll(":?\\s*not allowed as per `[^`]*`", "");
        return reason.contains("`") || reason.contains("jackson") ? "malformed JSON" : reason;
    }

    /** Text with no letter or digit at all (only spaces, no-break spaces, punctuation) cannot retrieve anything. */
    private static void requireWords(String text, String field) {
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new RefusedException(Kind.INVALID, "question_blank", "the " + field + " is empty or has no words");
        }
    }

    private static void checkFields(JsonNode node, List<String> known, String prefix) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                throw invalid("unknown field '" + prefix + name + "'; expected "
                        + String.join(", ", known.stream().map(f -> prefix + f).toList()));
            }
        });
    }

    private static String requiredString(JsonNode node, String field) {
        String value = optionalString(node, field, field);
        if (value == null) {
            throw invalid("field '" + field + "' is required");
        }
        return value;
    }

    private static String optionalString(JsonNode node, String field) {
        return optionalString(node, field, field);
    }

    private static String optionalString(JsonNode node, String field, String label) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw invalid("field '" + label + "' must be a string, got " + describe(value));
        }
        return value.textValue();
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "the number " + node.asText();
            case BOOLEAN -> node.asText();
            case STRING -> "a string";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static RefusedException invalid(String message) {
        return new RefusedException(Kind.INVALID, "invalid_request", message);
    }
}
