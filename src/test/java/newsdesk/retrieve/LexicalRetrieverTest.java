package newsdesk.retrieve;

import newsdesk.article.Filters;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import newsdesk.SolrWiring;
import newsdesk.article.Article;
import newsdesk.index.Corpus;
import newsdesk.index.CorpusIndex;
import newsdesk.index.LexicalIndex;
import newsdesk.testing.HashingEmbedder;

/** One BM25 pass per question, filtered per retrieval, ranks exactly as a top-k query with the filters as clauses. */
class LexicalRetrieverTest {

    private final HashingEmbedder embedder = new HashingEmbedder();
    private final CorpusIndex index = new CorpusIndex(embedder.dimension());

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void filteringOneRankingOfEveryMatchGivesTheFilteredQuerysTopK() {
        String[] outlets = {"Wired", "The Verge", "TechCrunch"};
        String[] words = {"scooters", "council", "parking", "battery", "startup", "city", "funding", "ban"};
        List<Article> articles = new ArrayList<>();
        for (int a = 0; a < 12; a++) {
            StringBuilder body = new StringBuilder();
            for (int s = 0; s < 8; s++) {
                body.append("The ").append(words[(a + s) % words.length]).append(" and the ")
                        .append(words[(a * 3 + s * 5) % words.length]).append(" story number ").append(s % 3)
                        .append(" went on about ").append(words[(a * s) % words.length]).append(". ");
            }
            articles.add(new Article("https://example.test/" + a, "Story " + words[a % words.length],
                    outlets[a % outlets.length], null, OffsetDateTime.parse("2023-10-0" + (1 + a % 3) + "T10:00:00Z"),
                    "https://example.test/" + a, body.toString()));
        }
        index.upsert(SolrWiring.embed(embedder, articles));
        index.remove(List.of("https://example.test/4")); // a deleted document stays out
        Corpus corpus = index.current();
        String question = "Did the city council ban scooters or fund a battery startup?";
        List<Filters> filters = List.of(Filters.NONE, new Filters(Set.of("wired"), null, null),
                new Filters(Set.of("the verge", "techcrunch"), null, null),
                new Filters(Set.of(), LocalDate.of(2023, 10, 2), LocalDate.of(2023, 10, 2)),
                new Filters(Set.of("wired"), LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 3)),
                new Filters(Set.of("nobody"), null, null));
        Question shared = new Question(question);
        for (Filters filter : filters) {
            for (int k : new int[] {1, 5, 40}) {
                List<Hit> topK = new ArrayList<>();
                for (LexicalIndex.ScoredId scored : LexicalIndex.search(corpus.searcher(),
                        corpus.lexical().query(question, filter), k)) {
                    topK.add(new Hit(corpus.row(scored.chunkId()), (float) scored.score()));
                }
                assertThat(new LexicalRetriever().retrieve(corpus, shared, k, filter))
                        .as("%s, k %d", filter, k).isEqualTo(topK);
            }
        }
        assertThat(new LexicalRetriever().retrieve(corpus, "the and of", 5, Filters.NONE)).isEmpty();
    }
}
