package newsdesk.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import newsdesk.answer.Answer;
import newsdesk.answer.Citation;
import newsdesk.answer.Coverage;
import newsdesk.retrieve.Passage;

/** The API's JSON shapes of answers and passages, for {@code --json} output. */
public final class JsonView {

    private final ObjectMapper mapper = new ObjectMapper();

    public String answer(Answer answer) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("answer", answer.text());
        json.put("abstained", answer.abstained());
        List<Map<String, Object>> citations = new ArrayList<>();
        for (Citation c : answer.citations()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("n", c.n());
            m.put("articleId", c.articleId());
            m.put("title", c.title());
            m.put("source", c.source());
            m.put("publishedAt", c.publishedAt() == null ? null : c.publishedAt().toString());
            m.put("url", c.url());
            m.put("sentence", c.sentence());
            m.put("start", c.start());
            m.put("end", c.end());
            citations.add(m);
        }
        json.put("citations", citations);
        List<Map<String, Object>> closest = new ArrayList<>();
        for (Coverage c : answer.closest()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("articleId", c.articleId());
            m.put("title", c.title());
            m.put("source", c.source());
            m.put("publishedAt", c.publishedAt() == null ? null : c.publishedAt().toString());
            m.put("url", c.url());
            closest.add(m);
        }
        json.put("closest", closest);
        json.put("answerer", answer.answerer());
        json.put("confidence", answer.confidence());
        json.put("conversationId", answer.conversationId());
        json.put("timingsMs", answer.timingsMs());
        return write(json);
    }

    public String passages(List<Passage> passages) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Passage p : passages) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rank", p.rank());
            m.put("score", p.score());
            m.put("articleId", p.article().id());
            m.put("title", p.article().title());
            m.put("source", p.article().source());
            m.put("publishedAt", p.article().publishedAt() == null ? null : p.article().publishedAt().toString());
            m.put("url", p.article().url());
            m.put("text", p.text());
            list.add(m);
        }
        return write(Map.of("passages", list));
    }

    private String write(Object value) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
