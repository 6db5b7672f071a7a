package newsdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import newsdesk.SolrWiring;
import newsdesk.article.Article;
import newsdesk.index.Corpus;
import newsdesk.index.CorpusIndex;
import newsdesk.testing.HashingEmbedder;

class OutletMentionsTest {

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

        OutletMentions mentions = new OutletMentions(inner, OutletMentions.DEFAULT_BOOST);
        assertThat(mentions.retrieve(corpus, plain, 5, Filters.NONE))
                .isEqualTo(inner.retrieve(corpus, plain, 5, Filters.NONE));
        List<Hit> named = mentions.retrieve(corpus, "What did The Verge report about electric scooters?", 5,
                Filters.NONE);
        assertThat(sources(corpus, named).get(0)).isEqualTo("The Verge");
        assertThat(named).extracting(Hit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(named).extracting(Hit::row).doesNotHaveDuplicates();
    }

    @Test
    void outletsNamedTogetherTakeTurnsAtTheTop() {
        Corpus corpus = corpus();
        // A boost above the whole score range: every named outlet's chunk outranks every other chunk.
        OutletMentions mentions = new OutletMentions(inner, 2);
        List<Hit> hits = mentions.retrieve(corpus,
                "Do the TechCrunch article and the FOX News - Health piece both mention electric scooters?", 5,
                Filters.NONE);
        assertThat(sources(corpus, hits).subList(0, 2)).containsExactlyInAnyOrder("TechCrunch", "FOX News - Health");
    }

    @Test
    void namesMatchOnWordBoundariesIgnoringCaseAndPunctuation() {
        Corpus corpus = corpus();
        OutletMentions mentions = new OutletMentions(inner, 1);
        assertThat(mentions.named(corpus, "Per the cbssports.com recap, who won?")).containsExactly("cbssports.com");
        assertThat(mentions.named(corpus, "What did 'FOX News - Health' say?")).containsExactly("fox news - health");
        assertThat(mentions.named(corpus, "Is wiredness a word? The vergence of lines")).isEmpty();
    }

    @Test
    void theCallersFiltersStillHoldAndABoostOfZeroChangesNothing() {
        Corpus corpus = corpus();
        OutletMentions mentions = new OutletMentions(inner, OutletMentions.DEFAULT_BOOST);
        Filters onlyWired = new Filters(Set.of("Wired"), null, null);
        List<Hit> hits = mentions.retrieve(corpus, "What did The Verge say about electric scooters?", 5, onlyWired);
        assertThat(sources(corpus, hits)).containsOnly("Wired");

        String question = "What did The Verge say about electric scooters?";
        assertThat(new OutletMentions(inner, 0).retrieve(corpus, question, 5, Filters.NONE))
                .isEqualTo(inner.retrieve(corpus, question, 5, Filters.NONE));
    }
}
