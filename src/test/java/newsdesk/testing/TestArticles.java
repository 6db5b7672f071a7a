package newsdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import newsdesk.Settings;
import newsdesk.article.Article;

/** Deterministic synthetic news articles for durability tests, and helpers to write them as seed files. */
public final class TestArticles {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SUBJECTS = {"The council", "The minister", "Local farmers", "The central bank",
        "Researchers", "The union", "Fire crews", "The mayor", "Investors", "The court"};
    private static final String[] VERBS = {"announced", "rejected", "debated", "postponed", "approved", "criticised",
        "welcomed", "questioned"};
    private static final String[] OBJECTS = {"a new budget", "the harbour plan", "rail fares", "water prices",
        "the school reform", "emergency funding", "the wind farm", "housing rules", "the tax cut", "river cleanup"};

    private TestArticles() {
    }

    /**
     * Article {@code key}: about a made-up topic word {@code topic(key)} that appears in its title and body, with
     * {@code sentences} sentences of filler news prose.
     */
    public static Article article(String key, int sentences) {
        Random random = new Random(key.hashCode());
        String topic = topic(key);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                body.append(i % 4 == 0 ? "\n\n" : " ");
            }
            body.append(SUBJECTS[random.nextInt(SUBJECTS.length)]).append(' ')
                    .append(VERBS[random.nextInt(VERBS.length)]).append(' ')
                    .append(OBJECTS[random.nextInt(OBJECTS.length)]);
            if (i % 3 == 0) {
                body.append(" in the ").append(topic).append(" affair");
            }
            body.append(" on day ").append(i + 1).append('.');
        }
        return Article.of("Story about " + topic, "Wire " + (Math.abs(key.hashCode()) % 3),
                null, OffsetDateTime.parse("2024-03-01T09:00:00Z").plusDays(Math.abs(key.hashCode()) % 30),
                "https://example.com/news/" + key, body.toString());
    }

    /** The made-up word article {@code key} is about, e.g. {@code topic("a1")} = {@code "zorvex-a1"}. */
    public static String topic(String key) {
        return "zorvex" + key.replaceAll("[^A-Za-z0-9]", "");
    }

    public static List<Article> articles(String prefix, int count, int sentences) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(article(prefix + i, sentences));
        }
        return articles;
    }

    /** The JSON object the article readers accept for {@code article}. */
    public static ObjectNode json(Article article) {
        ObjectNode node = JSON.createObjectNode();
        node.put("title", article.title());
        node.put("source", article.source());
        node.put("publishedAt", article.publishedAt() == null ? null : article.publishedAt().toString());
        node.put("url", article.url());
        node.put("body", article.body());
        return node;
    }

    /** Writes the articles as a JSON array to {@code file} (parent folders created). */
    public static Path writeJson(Path file, List<Article> articles) {
        ArrayNode array = JSON.createArrayNode();
        articles.forEach(a -> array.add(json(a)));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, array.toPrettyString());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes each article to its own {@code <key>.json} under {@code dir}. */
    public static void writeEach(Path dir, List<Article> articles) {
        for (Article article : articles) {
            String key = article.url().substring(article.url().lastIndexOf('/') + 1);
            writeJson(dir.resolve(key + ".json"), List.of(article));
        }
    }

    /** Default settings with the seeds and data directory given. */
    public static Settings settings(Path seeds, Path dataDir) {
        return Settings.from(Map.of("NEWSDESK_SEEDS", seeds.toString(), "NEWSDESK_DATA_DIR", dataDir.toString()));
    }
}
