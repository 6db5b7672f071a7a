package newsdesk.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import newsdesk.answer.Answer;
import newsdesk.answer.Citation;
import newsdesk.answer.Copy;
import newsdesk.answer.DirectAnswer;
import newsdesk.answer.ResolvedDate;
import newsdesk.answer.Coverage;
import newsdesk.article.Article;
import newsdesk.retrieve.Passage;

/**
 * The one JSON shape of Newsdesk's values, shared by the HTTP API, the streamed answer and {@code ask --json} in the
 * CLI. Dates are ISO-8601 strings with their offset ({@code 2025-08-28T16:15:00+05:30}); unknown optional fields are
 * {@code null}, never omitted. Field names are the public contract documented in {@code openapi.json}.
 */
public final class ApiJson {

    /** Request bodies are at most three levels deep ({@code filters.sources[]}); anything far deeper is refused. */
    static final int MAX_NESTING_DEPTH = 16;

    private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION) // {"question":"a","question":"b"} is ambiguous
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * {@code {"answer","abstained","direct","citations","closest","answerer","confidence","format","conversationId",
     * "timingsMs"}}, and {@code "id"} once the answer has one.
     */
    public ObjectNode answer(Answer answer) {
        ObjectNode node = mapper.createObjectNode();
        if (answer.id() != null) {
            node.put("id", answer.id());
        }
        node.put("answer", answer.text());
        node.put("abstained", answer.abstained());
        node.set("direct", direct(answer.direct()));
        ArrayNode citations = node.putArray("citations");
        answer.citations().forEach(c -> citations.add(citation(c)));
        ArrayNode closest = node.putArray("closest");
        answer.closest().forEach(c -> closest.add(coverage(c)));
        node.put("answerer", answer.answerer());
        node.put("confidence", answer.confidence());
        node.put("format", answer.format().json());
        node.put("conversationId", answer.conversationId());
        ObjectNode timings = node.putObject("timingsMs");
        new TreeMap<>(answer.timingsMs()).forEach(timings::put);
        return node;
    }

    /** {@code [{"text","n","start","end"}]}, with {@code "resolved"} (an ISO date) where a part has one. */
    public ArrayNode direct(List<DirectAnswer> parts) {
        ArrayNode array = mapper.createArrayNode();
        for (DirectAnswer part : parts) {
            ObjectNode node = array.addObject();
            node.put("text", part.text());
            node.put("n", part.n());
            node.put("start", part.start());
            node.put("end", part.end());
            if (part.resolved() != null) {
                node.put("resolved", part.resolved().toString());
            }
        }
        return array;
    }

    /**
     * {@code {"n","kind","articleId","title","source","publishedAt","url","sentence","start","end","dates","copies"}},
     * with {@code "field"} for a metadata citation; {@code dates} are {@code {"start","end","date"}},
     * {@code copies} are {@code {"articleId","title","source","publishedAt","url"}}.
     */
    public ObjectNode citation(Citation c) {
        ObjectNode node = mapper.createObjectNode();
        node.put("n", c.n());
        node.put("articleId", c.articleId());
        node.put("title", c.title());
        node.put("source", c.source());
        node.put("publishedAt", date(c.publishedAt()));
        node.put("url", c.url());
        node.put("sentence", c.sentence());
        node.put("start", c.start());
        node.put("end", c.end());
        node.put("kind", c.kind().json());
        if (c.field() != null) {
            node.put("field", c.field());
        }
        ArrayNode dates = node.putArray("dates");
        for (ResolvedDate d : c.dates()) {
            ObjectNode date = dates.addObject();
            date.put("start", d.start());
            date.put("end", d.end());
            date.put("date", d.date().toString());
        }
        ArrayNode copies = node.putArray("copies");
        for (Copy copy : c.copies()) {
            ObjectNode other = copies.addObject();
            other.put("articleId", copy.articleId());
            other.put("title", copy.title());
            other.put("source", copy.source());
            other.put("publishedAt", date(copy.publishedAt()));
            other.put("url", copy.url());
        }
        return node;
    }

    /** {@code {"articleId","title","source","publishedAt","url"}}. */
    public ObjectNode coverage(Coverage c) {
        ObjectNode node = mapper.createObjectNode();
        node.put("articleId", c.articleId());
        node.put("title", c.title());
        node.put("source", c.source());
        node.put("publishedAt", date(c.publishedAt()));
        node.put("url", c.url());
        return node;
    }

    /**
     * {@code {"rank","score","similarity"?,"articleId","title","source","publishedAt","url","text","start","end"}}:
     * {@code similarity} (the cosine of the query and the passage's chunk) only when the store reports it.
     */
    public ObjectNode passage(Passage p) {
        ObjectNode node = mapper.createObjectNode();
        node.put("rank", p.rank());
        node.put("score", p.score());
        if (!Double.isNaN(p.similarity())) {
            node.put("similarity", p.similarity());
        }
        node.put("articleId", p.article().id());
        node.put("title", p.article().title());
        node.put("source", p.article().source());
        node.put("publishedAt", date(p.article().publishedAt()));
        node.put("url", p.article().url());
        node.put("text", p.text());
        node.put("start", p.start());
        node.put("end", p.end());
        return node;
    }

    /** {@code {"passages":[…]}}. */
    public ObjectNode passages(List<Passage> passages) {
        ObjectNode node = mapper.createObjectNode();
        ArrayNode list = node.putArray("passages");
        passages.forEach(p -> list.add(passage(p)));
        return node;
    }

    /** A list entry: {@code {"id","title","source","publishedAt","url"}}. */
    public ObjectNode articleSummary(Article a) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", a.id());
        node.put("title", a.title());
        node.put("source", a.source());
        node.put("publishedAt", date(a.publishedAt()));
        node.put("url", a.url());
        return node;
    }

    /** The full article: the summary fields plus {@code "author"} and {@code "body"} (the text citations point into). */
    public ObjectNode article(Article a) {
        ObjectNode node = articleSummary(a);
        node.put("author", a.author());
        node.put("body", a.body());
        return node;
    }

    /** The full article with {@code "copies"}: the other articles carrying its story, as summaries. */
    public ObjectNode article(Article a, List<Article> copies) {
        ObjectNode node = article(a);
        ArrayNode list = node.putArray("copies");
        copies.forEach(c -> list.add(coverage(new Coverage(c.id(), c.title(), c.source(), c.publishedAt(),
                c.url()))));
        return node;
    }

    /** {@code {"articles":[…],"offset","limit","total"}}. */
    public ObjectNode articlePage(List<Article> articles, int offset, int limit, int total) {
        ObjectNode node = mapper.createObjectNode();
        ArrayNode list = node.putArray("articles");
        articles.forEach(a -> list.add(articleSummary(a)));
        node.put("offset", offset);
        node.put("limit", limit);
        node.put("total", total);
        return node;
    }

    /** {@code {"error":{"code","message"}}}. */
    public ObjectNode error(String code, String message) {
        ObjectNode node = mapper.createObjectNode();
        node.putObject("error").put("code", code).put("message", message);
        return node;
    }

    /** A flat object of simple values, e.g. a health report. */
    public ObjectNode object(Map<String, ?> fields) {
        return mapper.valueToTree(fields);
    }

    /** Compact JSON text of {@code node}. */
    public String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JsonNode always serializes", e);
        }
    }

    /** Indented JSON text of {@code node}, for people reading a terminal ({@code ask --json}). */
    public String writePretty(JsonNode node) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JsonNode always serializes", e);
        }
    }

    /** The JSON text of an answer, as {@code POST /api/ask} returns it. */
    public String write(Answer answer) {
        return write(answer(answer));
    }

    /** Parses a request body; the caller maps the exception (malformed, nested too deep) to a 400. */
    JsonNode read(String text) throws JsonProcessingException {
        return mapper.readTree(text);
    }

    private static String date(OffsetDateTime date) {
        return date == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date);
    }
}
