package newsdesk.qa;

import newsdesk.Newsdesk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.answer.Answer;
import newsdesk.answer.AnswerListener;
import newsdesk.error.RefusedException;
import newsdesk.answer.Citation;
import newsdesk.answer.DirectAnswer;
import newsdesk.answer.RelativeDates;
import newsdesk.article.Article;
import newsdesk.article.Filters;
import newsdesk.retrieve.Passage;
import newsdesk.testing.TestDesks;

/** The use case over the small test corpus with the hashing embedder: answers, abstentions, filters, errors. */
class QaServiceTest {

    @TempDir
    static Path data;

    private static Newsdesk desk;
    private static QaService qa;

    @BeforeAll
    static void start() {
        desk = TestDesks.hashing(TestDesks.CORPUS, data);
        qa = desk.qa();
    }

    @AfterAll
    static void stop() throws Exception {
        desk.close();
    }

    private static void assertCitationsQuoteTheirArticles(Answer answer) {
        for (Citation c : answer.citations()) {
            Article article = qa.article(c.articleId()).orElseThrow();
            assertThat(article.body().substring(c.start(), c.end())).isEqualTo(c.sentence());
            assertThat(answer.text()).contains(RelativeDates.annotate(c.sentence(), c.dates()) + " [" + c.n() + "]");
        }
    }

    @Test
    void answersWithTheSentenceThatHoldsTheFactAndCitesIt() {
        Answer answer = qa.ask("How much did the Westgate bridge cost?", null, Filters.NONE);
        assertThat(answer.abstained()).isFalse();
        assertThat(answer.text()).contains("$1.2 billion").contains("[1]");
        assertThat(answer.citations()).first().satisfies(c -> {
            assertThat(c.source()).isEqualTo("Harbor Gazette");
            assertThat(c.title()).contains("Suspension Bridge");
        });
        assertCitationsQuoteTheirArticles(answer);
        assertThat(answer.conversationId()).isNotBlank();
        assertThat(answer.timingsMs()).containsKeys("retrieval", "answer", "total");
    }

    @Test
    void everyAnswerSentenceCarriesAMarkerOfAListedCitation() {
        for (String q : List.of("Who led the Valley Robotics funding round?", "Who designed the bridge towers?",
                "Which leaders will join Xi at the parade?")) {
            Answer answer = qa.ask(q, null, Filters.NONE);
            assertThat(answer.abstained()).as(q).isFalse();
            assertThat(answer.citations()).as(q).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            assertCitationsQuoteTheirArticles(answer);
            String rest = answer.text();
            if (!answer.direct().isEmpty()) {
                String first = rest.substring(0, rest.indexOf("\n\n"));
                for (DirectAnswer part : answer.direct()) {
                    Citation c = answer.citations().get(part.n() - 1);
                    assertThat(c.sentence().substring(part.start(), part.end())).isEqualTo(part.text());
                    first = first.replace(part.text(), "");
                }
                assertThat(first.replaceAll("\\[\\d+]|[,;]", "").strip()).as("the direct line").isEmpty();
                rest = rest.substring(rest.indexOf("\n\n") + 2);
            }
            for (Citation c : answer.citations()) {
                rest = rest.replace(RelativeDates.annotate(c.sentence(), c.dates()) + " [" + c.n() + "]", "");
            }
            assertThat(rest.strip()).as("text outside cited sentences").isEmpty();
        }
    }

    @Test
    void abstainsAndListsClosestCoverageWhenTheArticlesDoNotSay() {
        for (String q : List.of("What is the capital of Australia?", "Who won the 2022 football World Cup final?",
                "What is the recipe for banana bread?")) {
            Answer answer = qa.ask(q, null, Filters.NONE);
            assertThat(answer.abstained()).as(q).isTrue();
            assertThat(answer.text()).startsWith("The articles don't say");
            assertThat(answer.citations()).isEmpty();
        }
        Answer nearMiss = qa.ask("When will the bridge in Harbor City close for repairs to the ferry?", null,
                Filters.NONE);
        // The bridge "opened … on Monday": a past event does not answer "When will it close?".
        assertThat(nearMiss.abstained()).as(nearMiss.text()).isTrue();
        assertThat(nearMiss.direct()).isEmpty();
        assertThat(nearMiss.closest()).extracting(c -> c.source()).contains("Harbor Gazette");
    }

    @Test
    void abstainsNamingWhatNoArticleMentionsEvenWhenThePassagesLookRelevant() {
        Answer known = qa.ask("How much did the Westgate bridge in Harbor City cost?", null, Filters.NONE);
        assertThat(known.abstained()).isFalse();

        Answer unknown = qa.ask("How much did the Westgate bridge in Harbor City cost, according to Ottoline Ramaswamy?",
                null, Filters.NONE);
        assertThat(unknown.abstained()).isTrue();
        assertThat(unknown.citations()).isEmpty();
        assertThat(unknown.text()).startsWith("The articles don't say").contains("“Ottoline”", "“Ramaswamy”");
        assertThat(unknown.closest()).extracting(c -> c.source()).contains("Harbor Gazette");
    }

    @Test
    void typedQuestionsAbstainWhenNoSentenceHoldsWhatTheyAskAbout() {
        for (String q : List.of("How much is the toll on Westgate in Harbor City?",
                "Who painted Westgate in Harbor City?")) {
            Answer answer = qa.ask(q, null, Filters.NONE);
            assertThat(answer.abstained()).as(q).isTrue();
            assertThat(answer.direct()).as(q).isEmpty();
        }
        Answer ribbon = qa.ask("Who cut the ribbon on the Westgate bridge in Harbor City?", null, Filters.NONE);
        assertThat(ribbon.abstained()).isFalse();
        assertThat(ribbon.direct()).extracting(DirectAnswer::text).containsExactly("Elena Ruiz");
    }

    @Test
    void filtersRestrictOutletsAndDates() {
        Filters onlyValley = new Filters(Set.of("valley times"), null, null);
        List<Passage> passages = qa.search("bridge robots parade funding", 10, onlyValley);
        assertThat(passages).isNotEmpty().allSatisfy(p -> assertThat(p.article().source()).isEqualTo("Valley Times"));
        Filters september = new Filters(Set.of(), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 3));
        assertThat(qa.search("bridge robots parade funding", 10, september))
                .isNotEmpty().allSatisfy(p -> assertThat(p.article().source()).isEqualTo("Harbor Gazette"));
        Answer filteredOut = qa.ask("How much did the Westgate bridge cost?", null, onlyValley);
        // No Valley Times article covers the bridge: the filter leaves nothing that answers, so it abstains.
        assertThat(filteredOut.abstained()).as(filteredOut.text()).isTrue();
        assertThat(filteredOut.citations()).isEmpty();
        assertThat(filteredOut.closest()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.source()).isEqualTo("Valley Times"));
    }

    @Test
    void searchReturnsRankedPassagesThatQuoteTheirArticles() {
        List<Passage> passages = qa.search("autonomous forklifts warehouse", 3, Filters.NONE);
        assertThat(passages).isNotEmpty();
        assertThat(passages.get(0).article().source()).isEqualTo("Valley Times");
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            assertThat(p.rank()).isEqualTo(i + 1);
            assertThat(p.article().body().substring(p.start(), p.end())).isEqualTo(p.text());
            if (i > 0) {
                assertThat(p.score()).isLessThanOrEqualTo(passages.get(i - 1).score());
            }
        }
    }

    @Test
    void followUpsAreResolvedAgainstTheConversation() {
        Answer first = qa.ask("Who is the chief executive of Valley Robotics?", null, Filters.NONE);
        assertThat(first.text()).contains("Priya Natarajan");
        Answer followUp = qa.ask("When was it founded?", first.conversationId(), Filters.NONE);
        assertThat(followUp.conversationId()).isEqualTo(first.conversationId());
        assertThat(followUp.abstained()).isFalse();
        assertThat(followUp.text()).contains("2021");
    }

    @Test
    void streamingListenerSeesSourcesThenTextThatAddsUpToTheAnswer() {
        List<String> events = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Answer answer = qa.ask("How many employees does Valley Robotics have?", null, Filters.NONE,
                new AnswerListener() {
                    @Override
                    public void onSources(List<Passage> passages) {
                        events.add("sources:" + passages.size());
                    }

                    @Override
                    public void onText(String increment) {
                        events.add("text");
                        text.append(increment);
                    }
                });
        assertThat(events.get(0)).startsWith("sources:");
        assertThat(events).contains("text");
        assertThat(text.toString()).isEqualTo(answer.text());
        assertThat(answer.text()).contains("140");
    }

    @Test
    void refusesBadInputWithReasons() {
        assertThatThrownBy(() -> qa.ask("   ", null, Filters.NONE)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.code()).isEqualTo("question_blank"));
        assertThatThrownBy(() -> qa.ask("x".repeat(QaService.MAX_QUESTION_CHARS + 1), null, Filters.NONE))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RefusedException.Kind.TOO_LARGE);
                    assertThat(e.getMessage()).contains("2000");
                });
        assertThatThrownBy(() -> qa.ask("Who?", "no-such-conversation", Filters.NONE))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.kind())
                        .isEqualTo(RefusedException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> qa.search("bridge", 0, Filters.NONE)).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> qa.search("bridge", QaService.MAX_TOP_K + 1, Filters.NONE))
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void articlesArePagedAndFoundById() {
        assertThat(qa.articleCount()).isEqualTo(3);
        assertThat(qa.articles(0, 2)).hasSize(2);
        assertThat(qa.articles(2, 2)).hasSize(1);
        assertThat(qa.articles(5, 2)).isEmpty();
        Article first = qa.articles(0, 1).get(0);
        assertThat(qa.article(first.id())).contains(first);
        assertThat(qa.article("missing")).isEmpty();
        assertThat(qa.ready()).isTrue();
        assertThat(qa.chunkCount()).isGreaterThan(3);
    }
}
