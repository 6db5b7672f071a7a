package newsdesk.retrieve;

import newsdesk.article.Filters;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import newsdesk.SolrWiring;
import newsdesk.article.Article;
import newsdesk.index.Corpus;
import newsdesk.index.CorpusIndex;
import newsdesk.embed.Embedder;
import newsdesk.testing.HashingEmbedder;

class MentionBoostRetrieverTest {

    private final HashingEmbedder embedder = new HashingEmbedder();
    private final CorpusIndex index = new CorpusIndex(embedder.dimension());
    private final Retriever inner = new HybridRetriever(new LexicalRetriever(), new VectorRetriever(embedder),
            HybridRetriever.DEFAULT_LEXICAL_WEIGHT, HybridRetriever.Fusion.SCORES);

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private Corpus corpus() {
        index.upsert(SolrWiring.embed(embedder, List.of(
                article("wired", "Wired", "Electric scooters everywhere",
                        "Electric scooters crowd the city. Electric scooters rental startups raise money for scooters."),
                article("verge", "The Verge", "A city council vote",
                        "The council voted on electric scooters late on Tuesday after a long debate about parking."),
                article("crunch", "TechCrunch", "Funding round",
                        "A startup raised money. It also plans electric scooters in two more cities next spring."),
                article("cbs", "CBSSports.com", "Week 12 picks",
                        "The quarterback threw three touchdowns and electric scooters were banned from the stadium."),
                article("fox", "FOX News - Health", "Sleep study",
                        "Researchers found that electric scooters riders sleep less than cyclists in the study."))));
        return index.current();
    }

    private static Article article(String key, String source, String title, String body) {
        return new Article("https://example.test/" + key, title, source, null,
                OffsetDateTime.parse("2023-10-01T10:00:00Z"), "https://example.test/" + key, body);
    }

    private static List<String> sources(Corpus corpus, List<Hit> hits) {
        return hits.stream().map(h -> corpus.articleOf(corpus.chunk(h.row())).source()).toList();
    }

    @Test
    void aNamedOutletRanksAheadOfABetterMatchFromAnotherOutlet() {
        Corpus corpus = corpus();
        String plain = "What about electric scooters?";
        assertThat(sources(corpus, inner.retrieve(corpus, plain, 5, Filters.NONE)).get(0)).isEqualTo("Wired");

        MentionBoostRetriever mentions = new MentionBoostRetriever(inner, MentionBoostRetriever.DEFAULT_BOOST);
        assertThat(mentions.retrieve(corpus, plain, 5, Filters.NONE))
                .isEqualTo(inner.retrieve(corpus, plain, 5, Filters.NONE));
        List<Hit> named = mentions.retrieve(corpus, "What did The Verge report about electric scooters?", 5,
                Filters.NONE);
        assertThat(sources(corpus, named).get(0)).isEqualTo("The Verge");
        assertThat(named).extracting(Hit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(named).extracting(Hit::row).doesNotHaveDuplicates();
    }

    @Test
    void anOutletNamedByAShortFormRanksAheadToo() {
        Corpus corpus = corpus();
        MentionBoostRetriever mentions = new MentionBoostRetriever(inner, MentionBoostRetriever.DEFAULT_BOOST);
        String question = "What did CBS Sports report about electric scooters?";
        assertThat(sources(corpus, inner.retrieve(corpus, question, 5, Filters.NONE)).get(0))
                .isNotEqualTo("CBSSports.com");
        assertThat(sources(corpus, mentions.retrieve(corpus, question, 5, Filters.NONE)).get(0))
                .isEqualTo("CBSSports.com");
        assertThat(mentions.named(corpus, "Did Fox say electric scooters matter?"))
                .containsExactly("fox news - health");
        assertThat(mentions.named(corpus, "Did Fox Sports say electric scooters matter?")).isEmpty();
    }

    @Test
    void outletsNamedTogetherTakeTurnsAtTheTop() {
        Corpus corpus = corpus();
        // A boost above the whole score range: every named outlet's chunk outranks every other chunk.
        MentionBoostRetriever mentions = new MentionBoostRetriever(inner, 2);
        List<Hit> hits = mentions.retrieve(corpus,
                "Do the TechCrunch article and the FOX News - Health piece both mention electric scooters?", 5,
                Filters.NONE);
        assertThat(sources(corpus, hits).subList(0, 2)).containsExactlyInAnyOrder("TechCrunch", "FOX News - Health");
    }

    @Test
    void namesMatchOnWordBoundariesIgnoringCaseAndPunctuation() {
        Corpus corpus = corpus();
        MentionBoostRetriever mentions = new MentionBoostRetriever(inner, 1);
        assertThat(mentions.named(corpus, "Per the cbssports.com recap, who won?")).containsExactly("cbssports.com");
        assertThat(mentions.named(corpus, "What did 'FOX News - Health' say?")).containsExactly("fox news - health");
        assertThat(mentions.named(corpus, "Is wiredness a word? The vergence of lines")).isEmpty();
    }

    @Test
    void daysNamedInTheQuestionFavourArticlesPublishedThen() {
        index.upsert(SolrWiring.embed(embedder, List.of(
                dated("early", "2023-10-07T20:15:00-04:00", "Electric scooters electric scooters rental rules."),
                dated("late", "2023-10-30T10:15:00Z", "The city reviewed electric scooters again."))));
        Corpus corpus = index.current();
        MentionBoostRetriever mentions = new MentionBoostRetriever(inner, MentionBoostRetriever.DEFAULT_BOOST);
        assertThat(mentions.days(corpus, "What happened on Oct. 30th and on October 7, 2023? Or 2023-12-01?",
                Filters.NONE)).containsExactly(LocalDate.of(2023, 10, 30), LocalDate.of(2023, 10, 7),
                LocalDate.of(2023, 12, 1));
        assertThat(mentions.days(corpus, "What may happen on February 30 or in May?", Filters.NONE)).isEmpty();
        assertThat(mentions.days(corpus, "Reported on October 30?", new Filters(Set.of(), null,
                LocalDate.of(2023, 10, 29)))).isEmpty();

        String plain = "What was said about electric scooters?";
        assertThat(corpus.articleOf(corpus.chunk(inner.retrieve(corpus, plain, 5, Filters.NONE).get(0).row())).id())
                .isEqualTo("https://example.test/early");
        List<Hit> hits = mentions.retrieve(corpus, "What was said about electric scooters on October 30?", 5,
                Filters.NONE);
        assertThat(corpus.articleOf(corpus.chunk(hits.get(0).row())).id()).isEqualTo("https://example.test/late");
    }

    private static Article dated(String key, String published, String body) {
        return new Article("https://example.test/" + key, "Scooters " + key, "Wire", null,
                OffsetDateTime.parse(published), "https://example.test/" + key, body);
    }

    @Test
    void theCallersFiltersStillHoldAndABoostOfZeroChangesNothing() {
        Corpus corpus = corpus();
        MentionBoostRetriever mentions = new MentionBoostRetriever(inner, MentionBoostRetriever.DEFAULT_BOOST);
        Filters onlyWired = new Filters(Set.of("Wired"), null, null);
        List<Hit> hits = mentions.retrieve(corpus, "What did The Verge say about electric scooters?", 5, onlyWired);
        assertThat(sources(corpus, hits)).containsOnly("Wired");

        String question = "What did The Verge say about electric scooters?";
        assertThat(new MentionBoostRetriever(inner, 0).retrieve(corpus, question, 5, Filters.NONE))
                .isEqualTo(inner.retrieve(corpus, question, 5, Filters.NONE));
    }

    @Test
    void eachSearchEmbedsItsQuestionOnceHoweverManyRetrievalsItRunsAndRemembersNothingForTheNext() {
        Corpus corpus = corpus();
        AtomicInteger embedded = new AtomicInteger();
        Embedder counting = new Embedder() {
            @Override
            public float[] embed(String text) {
                embedded.incrementAndGet();
                return embedder.embed(text);
            }

            @Override
            public List<float[]> embedAll(List<String> texts) {
                return texts.stream().map(this::embed).toList();
            }

            @Override
            public int dimension() {
                return embedder.dimension();
            }

            @Override
            public String modelId() {
                return embedder.modelId();
            }

            @Override
            public int countTokens(String text) {
                return embedder.countTokens(text);
            }
        };
        VectorRetriever vectors = new VectorRetriever(counting);
        PassageSearch search = new PassageSearch(new MentionBoostRetriever(new HybridRetriever(new LexicalRetriever(), vectors,
                HybridRetriever.DEFAULT_LEXICAL_WEIGHT, HybridRetriever.Fusion.SCORES), MentionBoostRetriever.DEFAULT_BOOST),
                PassageSearch.DEFAULT_MAX_CHARS, PassageSearch.DEFAULT_PER_ARTICLE, vectors::embed);
        // As asked, restricted to the two outlets, restricted to the day: three retrievals, one embedding.
        String question = "Did The Verge and TechCrunch write about electric scooters on October 1, 2023?";
        assertThat(search.search(corpus, question, 3, Filters.NONE)).isNotEmpty()
                .allSatisfy(p -> assertThat(p.similarity()).isNotNaN());
        assertThat(embedded.get()).isEqualTo(1);
        search.search(corpus, question, 3, Filters.NONE);
        assertThat(embedded.get()).as("the next search of the same question starts cold").isEqualTo(2);
    }
}
