package newsdesk.article;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Splits optional YAML front matter ({@code ---} on the first line, closed by {@code ---} or {@code ...}) from the
 * Markdown that follows it.
 */
record FrontMatter(JsonNode fields, String markdown) {

    private static final YAMLMapper YAML = new YAMLMapper();

    static FrontMatter split(String text) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return new FrontMatter(JsonNodeFactory.instance.objectNode(), text);
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("---") || line.equals("...")) {
                JsonNode fields = parse(String.join("\n", lines.subList(1, i)));
                return new FrontMatter(fields, String.join("\n", lines.subList(i + 1, lines.size())));
            }
        }
        throw new ArticleFormatException("front matter opened with '---' on line 1 is never closed by '---'");
    }

    private static JsonNode parse(String yaml) {
        if (yaml.isBlank()) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            JsonNode fields = YAML.readTree(yaml);
            if (fields == null || !fields.isObject()) {
                throw new ArticleFormatException("front matter must be 'key: value' lines");
            }
            return fields;
        } catch (JsonProcessingException e) {
            throw new ArticleFormatException("front matter is not valid YAML: " + e.getOriginalMessage(), e);
        }
    }
}
