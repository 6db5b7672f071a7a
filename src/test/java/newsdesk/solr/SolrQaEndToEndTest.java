package newsdesk.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import newsdesk.error.RefusedException;
import newsdesk.qa.QaService;
import newsdesk.SolrWiring;
import newsdesk.answer.Answer;
import newsdesk.answer.Citation;
import newsdesk.answer.ConversationStore;
import newsdesk.answer.InMemoryConversationStore;
import newsdesk.article.Article;
import newsdesk.article.ArticleLoader;
import newsdesk.index.CorpusIndex;
import newsdesk.index.EmbeddedArticle;
import newsdesk.embed.MiniLmEmbedder;
import newsdesk.retrieve.InMemoryArticleStore;
import newsdesk.article.Filters;
import newsdesk.retrieve.HybridRetriever;
import newsdesk.retrieve.LexicalRetriever;
import newsdesk.retrieve.Passage;
import newsdesk.retrieve.PassageSearch;
import newsdesk.retrieve.MentionBoostRetriever;
import newsdesk.retrieve.VectorRetriever;
import newsdesk.testing.GeneratedArticles;

/**
 * Newsdesk on SolrCloud end to end, with the real all-MiniLM-L6-v2 model: the seed questions over the seed article
 * and 200 generated ones in a 2-shard × 2-replica collection, and two independent instances (each with its own
 * HTTP client, store and conversation store, as two processes would have) sharing the cluster.
 */
class SolrQaEndToEndTest {

    private static final String COLLECTION = "news";

    private static SolrCluster cluster;
    private static MiniLmEmbedder embedder;
    private static CorpusIndex memoryIndex;
    private static QaService memory;
    private static SolrStore storeA;
    private static QaService instanceA;
    private static QaService instanceB;

    @BeforeAll
    static void start() {
        cluster = SolrCluster.start(2);
        new SolrAdmin(new SolrNodes(cluster.nodes(), Duration.ofSeconds(60))).init(new SolrSettings(
                SolrSettings.Store.SOLR, cluster.nodes(), COLLECTION, "newsdesk", 2, 2, Duration.ofSeconds(60),
                false), true);
        embedder = new MiniLmEmbedder(MiniLmEmbedder.Variant.FULL, 2);
        storeA = store();
        instanceA = SolrWiring.qa(storeA, conversations(), embedder.unrelatedBelow());
        instanceB = SolrWiring.qa(store(), conversations(), embedder.unrelatedBelow());

        List<Article> articles = new ArrayList<>(ArticleLoader.withDefaultReaders().load(Path.of("seeds")).articles());
        articles.addAll(GeneratedArticles.articles(200));
        List<EmbeddedArticle> embedded = SolrWiring.embed(embedder, articles);
        storeA.writer().upsert(embedded);
        // The batch once more, as when its commit timed out and it is sent again (or the corpus is ingested again):
        // the first copies of the chunks become deleted documents, which Lucene counts in BM25's statistics until a
        // merge drops them, at a moment that differs between replicas.
        storeA.writer().upsert(embedded);
        memoryIndex = new CorpusIndex(embedder.dimension());
        memoryIndex.upsert(embedded);
        // The in-memory store as Newsdesk wires it: outlet and day mentions, two passages per article first, similarity.
        VectorRetriever vectors = new VectorRetriever(embedder);
        memory = SolrWiring.qa(new InMemoryArticleStore(memoryIndex::current, new PassageSearch(new MentionBoostRetriever(
                new HybridRetriever(new LexicalRetriever(), vectors, HybridRetriever.DEFAULT_LEXICAL_WEIGHT,
                        HybridRetriever.Fusion.SCORES), MentionBoostRetriever.DEFAULT_BOOST), PassageSearch.DEFAULT_MAX_CHARS,
                PassageSearch.DEFAULT_PER_ARTICLE, vectors::embed)),
                new InMemoryConversationStore(Clock.systemUTC(), 100, Duration.ofHours(1)), embedder.unrelatedBelow());
    }

    /** A store as one Newsdesk instance has it: its own HTTP client to the nodes. */
    private static SolrStore store() {
        SolrNodes nodes = new SolrNodes(cluster.nodes(), Duration.ofSeconds(60));
        return new SolrStore(nodes, COLLECTION, embedder, SolrStore.Ranking.DEFAULT);
    }

    private static SolrConversations conversations() {
        return new SolrConversations(new SolrNodes(cluster.nodes(), Duration.ofSeconds(10)), COLLECTION,
                Clock.systemUTC(), ConversationStore.DEFAULT_IDLE_LIMIT);
    }

    @AfterAll
    static void stop() throws Exception {
        if (memoryIndex != null) {
            memoryIndex.close();
        }
        if (embedder != null) {
            embedder.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Who will join Xi Jinping at the Beijing parade?             | Kim Jong Un
            Which countries' leaders will join Xi at the parade?        | Iran, Pakistan, Malaysia and Indonesia
            When did Kim last visit China?                              | since 2019
            What will the parade commemorate?                           | 80th anniversary of Japan’s defeat
            Who will represent South Korea at the parade?               | speaker of the country’s National Assembly
            Where did Trump meet Putin?                                 | Alaska
            """)
    void answersTheSeedQuestionsAsTheInMemoryStoreDoes(String question, String fact) {
        Answer answer = instanceA.ask(question, null, Filters.NONE);
        assertThat(answer.abstained()).as(question).isFalse();
        assertThat(answer.text()).as(question).contains(fact).contains("[1]");
        Citation first = answer.citations().get(0);
        assertThat(first.title()).isEqualTo("Kim and Putin to Join Xi in Show of Unity at Beijing Military Parade");
        assertThat(first.source()).isEqualTo("WSJ");
        assertThat(first.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-08-28T16:15+05:30"));
        for (Citation c : answer.citations()) {
            Article article = instanceB.article(c.articleId()).orElseThrow();
            assertThat(article.body().substring(c.start(), c.end())).isEqualTo(c.sentence());
        }
        Answer inMemory = memory.ask(question, null, Filters.NONE);
        assertThat(answer.text()).isEqualTo(inMemory.text());
        assertThat(answer.citations()).isEqualTo(inMemory.citations());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"What is the capital of Australia?", "How do I bake sourdough bread?"})
    void abstainsOnQuestionsTheArticlesCannotAnswer(String question) {
        Answer answer = instanceA.ask(question, null, Filters.NONE);
        assertThat(answer.abstained()).as(question).isTrue();
        assertThat(answer.citations()).isEmpty();
    }

    @Test
    void searchRanksAsTheInMemoryStoreDoes() {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 200; i += 23) {
            queries.add(GeneratedArticles.question(i));
        }
        queries.addAll(List.of("What did the Metro Ledger report about flood barriers?",
                "What did the Harbor Gazette and the Coastal Courier report about the council?",
                "What did the council approve on January 5, 2025?", "Which council budget was approved on Jan. 5th?",
                "Kim Jong Un and Putin at the Beijing parade; council reserves",
                "Which spiders spin the strongest silk?"));
        for (String q : queries) {
            List<Passage> solr = instanceA.search(q, 6, Filters.NONE);
            List<Passage> inMemory = memory.search(q, 6, Filters.NONE);
            assertThat(solr).as(q).isNotEmpty();
            assertThat(solr.stream().map(Passage::chunkId).toList()).as(q)
                    .isEqualTo(inMemory.stream().map(Passage::chunkId).toList());
            for (int p = 0; p < solr.size(); p++) {
                assertThat(solr.get(p).similarity()).as(q).isCloseTo(inMemory.get(p).similarity(), within(1e-4));
                assertThat(solr.get(p).score()).as(q).isCloseTo(inMemory.get(p).score(), within(1e-4));
            }
        }
        assertThat(instanceA.search("What did the Metro Ledger report about flood barriers?", 3, Filters.NONE))
                .allSatisfy(p -> assertThat(p.article().source()).isEqualTo("Metro Ledger"));
        assertThat(instanceA.search("What did the council approve on January 5, 2025?", 1, Filters.NONE).get(0)
                .article().publishedAt().toLocalDate()).isEqualTo(GeneratedArticles.day(4));
        assertThat(instanceA.search("Which spiders spin the strongest silk?", 6, Filters.NONE)).as("off topic")
                .isNotEmpty().allSatisfy(p -> assertThat(p.similarity()).isLessThan(embedder.unrelatedBelow()));
        assertThat(instanceA.articleCount()).isEqualTo(memory.articleCount());
        assertThat(instanceA.chunkCount()).isEqualTo(memory.chunkCount());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            How much did the council approve for a tram line, as the Metro Ledger reported?      | Metro Ledger
            How many legs does a spider have?                                                     |
            """)
    void answersQuestionsNamingOutletsAndAbstainsOffTopicAsTheInMemoryStoreDoes(String question,
                                                                          String outlet) {
        Answer answer = instanceB.ask(question, null, Filters.NONE);
        Answer inMemory = memory.ask(question, null, Filters.NONE);
        assertThat(answer.text()).as(question).isEqualTo(inMemory.text());
        assertThat(answer.citations()).as(question).isEqualTo(inMemory.citations());
        assertThat(answer.abstained()).as(question).isEqualTo(outlet == null);
        if (outlet != null) {
            assertThat(answer.citations().get(0).source()).as(question).isEqualTo(outlet);
        }
    }

    @Test
    void twoInstancesGiveIdenticalAnswers() {
        for (String question : List.of("Which countries' leaders will join Xi at the parade?",
                GeneratedArticles.question(7), GeneratedArticles.question(150), "Who won the 2022 World Cup?")) {
            Answer a = instanceA.ask(question, null, Filters.NONE);
            Answer b = instanceB.ask(question, null, Filters.NONE);
            assertThat(b.text()).as(question).isEqualTo(a.text());
            assertThat(b.citations()).as(question).isEqualTo(a.citations());
            assertThat(b.closest()).as(question).isEqualTo(a.closest());
        }
    }

    @Test
    void aConversationStartedOnOneInstanceContinuesOnTheOther() {
        Answer first = instanceA.ask("Who will join Xi Jinping at the Beijing parade?", null, Filters.NONE);
        Answer followUp = instanceB.ask("When was his last visit to China?", first.conversationId(), Filters.NONE);
        assertThat(followUp.conversationId()).isEqualTo(first.conversationId());
        assertThat(followUp.abstained()).isFalse();
        assertThat(followUp.text()).contains("2019");
        Answer third = instanceA.ask("Where did Trump meet Putin?", first.conversationId(), Filters.NONE);
        assertThat(third.text()).contains("Alaska");
        assertThat(conversations().turns(first.conversationId())).hasValueSatisfying(turns -> assertThat(turns)
                .extracting(ConversationStore.Turn::question).containsExactly(
                        "Who will join Xi Jinping at the Beijing parade?", "When was his last visit to China?",
                        "Where did Trump meet Putin?"));
        assertThatThrownBy(() -> instanceB.ask("And then?", "6f1c2c8e-0000-4000-8000-000000000000", Filters.NONE))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("conversation_not_found"));
    }

    @Test
    void twoWebInstancesOnDifferentPortsShareAnswersAndConversations() {
        try (WebInstances a = new WebInstances(instanceA); WebInstances b = new WebInstances(instanceB)) {
            assertThat(a.port()).isNotEqualTo(b.port());
            String question = "Who will represent South Korea at the parade?";
            WebInstances.Reply fromA = a.post("/api/ask", Map.of("question", question));
            WebInstances.Reply fromB = b.post("/api/ask", Map.of("question", question));
            assertThat(fromA.status()).isEqualTo(200);
            assertThat(fromB.status()).isEqualTo(200);
            for (String field : List.of("answer", "abstained", "citations", "closest", "answerer", "confidence")) {
                assertThat(fromB.json().get(field)).as(field).isEqualTo(fromA.json().get(field));
            }
            String conversation = fromA.json().get("conversationId").asText();
            WebInstances.Reply followUp = b.post("/api/ask", Map.of("question", "Who will host it?",
                    "conversationId", conversation));
            assertThat(followUp.status()).isEqualTo(200);
            assertThat(followUp.json().get("conversationId").asText()).isEqualTo(conversation);
            assertThat(followUp.json().get("answer").asText()).contains("Xi Jinping");
            assertThat(conversations().turns(conversation)).hasValueSatisfying(turns -> assertThat(turns).hasSize(2));
        }
    }

    @Test
    void anArticleIngestedThroughOneInstanceIsAnswerableThroughTheOther() {
        Article article = Article.of("Lighthouse keepers return to Skerrow Point", "Coastal Courier", "Ina Berg",
                OffsetDateTime.parse("2025-10-01T08:00Z"), "https://news.example/skerrow",
                "The lighthouse at Skerrow Point will be staffed again from November, the harbour board said. "
                        + "The board hired three keepers after automated lamps failed twice during the autumn gales.");
        String question = "How many keepers did the harbour board hire for Skerrow Point?";
        assertThat(instanceB.ask(question, null, Filters.NONE).citations())
                .noneSatisfy(c -> assertThat(c.articleId()).isEqualTo(article.id()));
        storeA.writer().upsert(SolrWiring.embed(embedder, List.of(article)));
        Answer answer = instanceB.ask(question, null, Filters.NONE);
        assertThat(answer.abstained()).isFalse();
        assertThat(answer.text()).contains("three keepers");
        assertThat(answer.citations().get(0).articleId()).isEqualTo(article.id());
    }
}
