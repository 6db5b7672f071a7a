package newsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.answer.Answer;
import newsdesk.article.Filters;
import newsdesk.testing.TestDesks;

/**
 * Questions citing an outlet by a short form of its name ("a WSJ piece", "the FT's report", "CNBC's story") over a
 * small corpus whose articles spell the outlets out (or abbreviate them, "AP") and mention the short forms in passing:
 * answered, while the same question citing an outlet none of the articles comes from (though they mention it)
 * abstains: the learned no-answer decision, on by default.
 */
class OutletAbbreviationsEndToEndTest {

    @TempDir
    static Path data;

    private static Newsdesk desk;

    @BeforeAll
    static void start() throws Exception {
        Path seeds = Files.createDirectories(data.resolve("seeds"));
        ArrayNode articles = new ObjectMapper().createArrayNode();
        article(articles, "Regulators fine Northwind Bank over trading errors", "The Wall Street Journal",
                "Regulators fined Northwind Bank $45 million on Tuesday over errors in its trading systems. "
                        + "The bank told Bloomberg it had replaced the software that caused the errors.");
        article(articles, "Helvetia Metals buys a Czech copper smelter", "Financial Times",
                "Helvetia Metals agreed to buy the Ostrava copper smelter for 2.1 billion euros. "
                        + "The deal, first reported by The Economist, still needs the approval of the European Commission.");
        article(articles, "Harbor Freight Lines chief steps down", "Cnbc | World Business News Leader",
                "Dana Osei resigned as chief executive of Harbor Freight Lines on Friday after four years. "
                        + "The shipping company named its finance chief as interim leader, Fox Business reported. The WSJ "
                        + "and the FT had reported a board dispute in August, and the Associated Press a strike.");
        article(articles, "Dock workers in Marlow end their strike", "AP",
                "Dock workers in Marlow ended a nine-day strike after the port agreed to raise wages by 7 percent. "
                        + "Ships had queued for a week outside the harbour, AFP photographs showed.");
        new ObjectMapper().writeValue(seeds.resolve("outlets.json").toFile(), articles);
        desk = TestDesks.hashing(seeds, data.resolve("index"));
    }

    private static void article(ArrayNode articles, String title, String source, String body) {
        articles.addObject().put("title", title).put("source", source).put("author", "Staff")
                .put("published_at", "2025-09-05T10:00:00Z")
                .put("url", "https://example.com/" + title.toLowerCase().replaceAll("\\W+", "-")).put("body", body);
    }

    @AfterAll
    static void stop() throws Exception {
        desk.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            According to a WSJ piece, how much was Northwind Bank fined over its trading errors? | $45 million
            Which company agreed to buy the Ostrava copper smelter, as the FT's report says?     | Helvetia Metals
            Who resigned as chief executive of Harbor Freight Lines, in CNBC's story?            | Dana Osei
            How much did the port agree to raise wages for Marlow dock workers, says an Associated Press story? | 7 percent
            """)
    void aShortFormOfAnOutletTheArticlesComeFromIsAnswered(String question, String expected) {
        Answer answer = desk.qa().ask(question, null, Filters.NONE);

        assertThat(answer.abstained()).as(answer.text()).isFalse();
        assertThat(answer.text()).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            According to a Bloomberg piece, how much was Northwind Bank fined over its trading errors?
            Which company agreed to buy the Ostrava copper smelter, as the Economist's report says?
            Who resigned as chief executive of Harbor Freight Lines, in a Fox Business story?
            How much did the port agree to raise wages for Marlow dock workers, says an AFP story?
            """)
    void anOutletNoneOfTheArticlesComesFromStillAbstains(String question) {
        Answer answer = desk.qa().ask(question, null, Filters.NONE);

        assertThat(answer.abstained()).as(answer.text()).isTrue();
        // The articles mention each of these outlets: it is the cited publisher, not an unknown name, that abstains.
        assertThat(answer.text()).startsWith("The articles don't say.").doesNotContain("mentions");
    }
}
