package newsdesk;

import newsdesk.qa.QaService;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import newsdesk.answer.Answer;
import newsdesk.answer.Citation;
import newsdesk.answer.DirectAnswer;
import newsdesk.answer.ResolvedDate;
import newsdesk.article.Article;
import newsdesk.article.Filters;
import newsdesk.testing.TestDesks;

/** The real all-MiniLM-L6-v2 model over the repository's seeds: the questions a user would ask about the article. */
class SeedQuestionsEndToEndTest {

    @TempDir
    static Path data;

    private static QaService qa;

    @BeforeAll
    static void start() {
        qa = TestDesks.realSeeds(data).qa();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Who will join Xi Jinping at the Beijing parade?             | Kim Jong Un
            Which countries' leaders will join Xi at the parade?        | Iran, Pakistan, Malaysia and Indonesia
            When did Kim last visit China?                              | since 2019
            What will the parade commemorate?                           | 80th anniversary of Japan’s defeat
            Who will represent South Korea at the parade?               | speaker of the country’s National Assembly
            Where did Trump meet Putin?                                 | Alaska
            What did the WSJ report about the parade?                   | parade
            What did the Wall Street Journal say about the parade?      | parade
            """)
    void answersWithTheFactAndCitesTheSeedArticle(String question, String fact) {
        Answer answer = qa.ask(question, null, Filters.NONE);
        assertThat(answer.abstained()).as(question).isFalse();
        assertThat(answer.text()).as(question).contains(fact).contains("[1]");
        Citation first = answer.citations().get(0);
        assertThat(first.title()).isEqualTo("Kim and Putin to Join Xi in Show of Unity at Beijing Military Parade");
        assertThat(first.source()).isEqualTo("WSJ");
        assertThat(first.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-08-28T16:15+05:30"));
        for (Citation c : answer.citations()) {
            Article article = qa.article(c.articleId()).orElseThrow();
            assertThat(article.body().substring(c.start(), c.end())).isEqualTo(c.sentence());
        }
        assertThat(answer.citations().stream().anyMatch(c -> c.sentence().contains(fact))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"What is the capital of Australia?", "Who won the 2022 World Cup?",
        "What is the price of Bitcoin today?", "How do I bake sourdough bread?",
        "What did the WSJ report about the weather?"})
    void abstainsOnQuestionsTheArticleCannotAnswer(String question) {
        Answer answer = qa.ask(question, null, Filters.NONE);
        assertThat(answer.abstained()).as(question).isTrue();
        assertThat(answer.text()).startsWith("The articles don't say");
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.closest()).extracting(c -> c.source()).containsOnly("WSJ");
    }

    @Test
    void authorsAreKeptAndTheirEmailAddressesAreNotAnswerable() {
        Article article = qa.articles(0, 1).get(0);
        assertThat(article.author()).contains("Brian Spegele").contains("Dasl Yoon");
        assertThat(article.body()).doesNotContain("@wsj.com");
        Answer answer = qa.ask("What is Brian Spegele's email address?", null, Filters.NONE);
        assertThat(answer.text()).doesNotContain("@");
    }

    @Test
    void aFollowUpUsesTheConversation() {
        Answer first = qa.ask("Who will join Xi Jinping at the Beijing parade?", null, Filters.NONE);
        Answer followUp = qa.ask("When was his last visit to China?", first.conversationId(), Filters.NONE);
        assertThat(followUp.abstained()).isFalse();
        assertThat(followUp.text()).contains("2019");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Who is going to the parade?                   | Kim Jong Un, Vladimir Putin [1]
            Who will join Xi Jinping at the parade?       | Kim Jong Un, Vladimir Putin [1]
            Which leaders will attend?                    | Kim Jong Un, Vladimir Putin [1]
            On what day of the week is the parade?        | Wednesday (3 Sep 2025) [1]
            When is the parade and who is going?          | Wednesday (3 Sep 2025) [1]; Kim Jong Un, Vladimir Putin [2]
            Where did Trump meet Putin?                   | Alaska [1]
            When did Kim last visit China?                | 2019 [1]
            """)
    void leadsWithTheDirectAnswerThenTheQuotesThatHoldIt(String question, String firstLine) {
        Answer answer = qa.ask(question, null, Filters.NONE);
        assertThat(answer.abstained()).as(question).isFalse();
        assertThat(answer.text()).as(question).startsWith(firstLine + "\n\n");
        assertThat(answer.direct()).isNotEmpty().allSatisfy(part -> {
            Citation cited = answer.citations().get(part.n() - 1);
            assertThat(cited.kind()).isEqualTo(Citation.Kind.SENTENCE);
            assertThat(cited.sentence().substring(part.start(), part.end())).isEqualTo(part.text());
            assertThat(firstLine).contains(part.text());
        });
        assertThat(answer.citations()).noneMatch(c -> c.sentence().contains("won’t be attending"));
    }

    @Test
    void theWeekdayOfTheParadeIsResolvedAgainstThePublicationDate() {
        Answer answer = qa.ask("On what day of the week is the parade?", null, Filters.NONE);
        DirectAnswer day = answer.direct().get(0);
        assertThat(day.text()).isEqualTo("Wednesday");
        assertThat(day.resolved()).isEqualTo(LocalDate.of(2025, 9, 3));
        Citation cited = answer.citations().get(day.n() - 1);
        assertThat(cited.dates()).extracting(ResolvedDate::date).containsExactly(LocalDate.of(2025, 9, 3));
        assertThat(answer.text()).contains("The parade on Wednesday (3 Sep 2025) will be hosted");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Who wrote the article about the parade?               | author      | Brian Spegele
            Which outlet published the story about the parade?    | source      | WSJ
            When was the article about the parade published?      | publishedAt | 28 August 2025
            """)
    void questionsAboutTheArticleAreAnsweredFromItsFields(String question, String field, String value) {
        Answer answer = qa.ask(question, null, Filters.NONE);
        assertThat(answer.abstained()).as(question).isFalse();
        Citation cited = answer.citations().get(0);
        assertThat(cited.kind()).isEqualTo(Citation.Kind.METADATA);
        assertThat(cited.field()).isEqualTo(field);
        assertThat(cited.sentence()).contains(value);
        assertThat(answer.direct()).singleElement().satisfies(part -> {
            assertThat(part.n()).isEqualTo(1);
            assertThat(part.text()).isEqualTo(cited.sentence());
        });
        assertThat(answer.text()).startsWith(cited.sentence() + " [1]\n\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"How many carriers will sail past Tiananmen Square?", "When will Macron arrive at the parade?",
        "What will the parade commemorate?"})
    void typedQuestionsTheArticleCannotAnswerGetNoDirectAnswer(String question) {
        Answer answer = qa.ask(question, null, Filters.NONE);
        assertThat(answer.direct()).as(question).isEmpty();
    }
}
