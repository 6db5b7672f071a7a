package newsdesk.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article a page declares in {@code <script type="application/ld+json">}, as most news sites do for
 * search engines: the first node whose {@code @type} is an {@code Article} kind ({@code NewsArticle},
 * {@code ReportageNewsArticle}, {@code BlogPosting}, ...), found at the top level, in arrays or in an {@code @graph};
 * authors and publishers given as {@code {"@id": ...}} are resolved within the same script. Fields are raw text,
 * {@code null} when absent; unparseable scripts are ignored.
 */
record LinkedData(String headline, String datePublished, String dateModified, String authors, String publisher) {

    static final LinkedData NONE = new LinkedData(null, null, null, null, null);

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    static LinkedData of(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = MAPPER.readTree(script.data().strip());
            } catch (JsonProcessingException unreadable) {
                continue; // a broken script is the site's bug; the meta tags still describe the page
            }
            if (root == null) {
                continue;
            }
            Map<String, JsonNode> byId = new HashMap<>();
            List<JsonNode> nodes = new ArrayList<>();
            collect(root, nodes, byId);
            for (JsonNode node : nodes) {
                if (isArticle(node)) {
                    return new LinkedData(text(node.get("headline")), text(node.get("datePublished")),
                            text(node.get("dateModified")), names(node.get("author"), byId),
                            names(node.get("publisher"), byId));
                }
            }
        }
        return NONE;
    }

    private static void collect(JsonNode node, List<JsonNode> nodes, Map<String, JsonNode> byId) {
        if (node.isArray()) {
            node.forEach(element -> collect(element, nodes, byId));
        } else if (node.isObject()) {
            nodes.add(node);
            String id = text(node.get("@id"));
            if (id != null) {
                byId.putIfAbsent(id, node);
            }
            JsonNode graph = node.get("@graph");
            if (graph != null) {
                collect(graph, nodes, byId);
            }
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        List<JsonNode> types = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(types::add);
        } else if (type != null) {
            types.add(type);
        }
        return types.stream().map(JsonNode::asText)
                .anyMatch(t -> t.endsWith("Article") || t.endsWith("BlogPosting") || t.equals("Report"));
    }

    /** Names from text, an object with {@code name}, an {@code @id} reference, or an array of those. */
    private static String names(JsonNode value, Map<String, JsonNode> byId) {
        Set<String> names = new LinkedHashSet<>();
        addNames(value, byId, names, 0);
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static void addNames(JsonNode value, Map<String, JsonNode> byId, Set<String> names, int depth) {
        if (value == null || depth > 3) {
            return;
        }
        if (value.isArray()) {
            value.forEach(element -> addNames(element, byId, names, depth + 1));
        } else if (value.isObject()) {
            String name = text(value.get("name"));
            String reference = text(value.get("@id"));
            if (name != null) {
                names.add(name);
            } else if (reference != null && byId.containsKey(reference) && byId.get(reference) != value) {
                addNames(byId.get(reference), byId, names, depth + 1);
            }
        } else {
            String name = text(value);
            if (name != null && !name.startsWith("http")) {
                names.add(name);
            }
        }
    }

    private static String text(JsonNode value) {
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = Paragraphs.clean(value.asText());
        return text.isEmpty() ? null : text;
    }
}
