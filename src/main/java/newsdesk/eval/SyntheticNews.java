package newsdesk.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import newsdesk.article.Article;

/** Reproducible synthetic news for {@code snapshot-bench}: sentences drawn from small word lists, seeded. */
final class SyntheticNews {

    private static final String[] SUBJECTS = {"The council", "The minister", "Local farmers", "The central bank",
        "Researchers", "The union", "Fire crews", "The mayor", "Investors", "The court", "Health officials",
        "The coast guard", "Teachers", "The airline", "Engineers"};
    private static final String[] VERBS = {"announced", "rejected", "debated", "postponed", "approved", "criticised",
        "welcomed", "questioned", "delayed", "expanded", "reviewed", "funded"};
    private static final String[] OBJECTS = {"a new budget", "the harbour plan", "rail fares", "water prices",
        "the school reform", "emergency funding", "the wind farm", "housing rules", "the tax cut", "river cleanup",
        "the bridge repairs", "hospital staffing", "the bus network", "flood defences", "the museum extension"};
    private static final String[] TAILS = {"after a long meeting", "despite protests", "on Tuesday",
        "to general surprise", "for the third time this year", "citing rising costs", "after months of talks",
        "in a close vote", "under pressure from residents", "ahead of the elections"};

    private SyntheticNews() {
    }

    /**
     * Writes JSON Lines seed files (100 articles each) holding about {@code chunks} chunks: a sentence is about 22 word
     * pieces and a 96-piece chunk with one sentence of overlap advances about three and a half. The table reports the
     * exact count the chunker produced.
     */
    static int writeSeeds(Path seeds, int chunks) throws IOException {
        BenchSupport.deleteTree(seeds);
        Files.createDirectories(seeds);
        ObjectMapper json = new ObjectMapper();
        Random random = new Random(chunks);
        int total = 0;
        int count = 0;
        StringBuilder file = new StringBuilder();
        while (total < chunks) {
            int paragraphs = 8 + random.nextInt(5);
            Article article = article(random, count, paragraphs);
            total += Math.max(1, paragraphs * 7 / 6);
            ObjectNode node = json.createObjectNode();
            node.put("title", article.title());
            node.put("source", article.source());
            node.put("publishedAt", article.publishedAt().toString());
            node.put("url", article.url());
            node.put("body", article.body());
            file.append(node).append('\n');
            count++;
            if (count % 100 == 0 || total >= chunks) {
                Files.writeString(seeds.resolve(String.format("batch-%05d.jsonl", count)), file);
                file.setLength(0);
            }
        }
        return count;
    }

    static Article article(Random random, int n, int paragraphs) {
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                body.append("\n\n");
            }
            for (int s = 0; s < 4; s++) {
                body.append(pick(random, SUBJECTS)).append(' ').append(pick(random, VERBS)).append(' ')
                        .append(pick(random, OBJECTS)).append(' ').append(pick(random, TAILS))
                        .append(", according to report ").append(n).append('-').append(p).append('-').append(s)
                        .append(". ");
            }
        }
        return Article.of("Report " + n + ": " + pick(random, SUBJECTS) + " " + pick(random, VERBS) + " "
                + pick(random, OBJECTS), "Bench Wire", null, OffsetDateTime.parse("2025-01-01T08:00:00Z")
                .plusHours(n), "https://example.com/bench/" + n, body.toString().strip());
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
