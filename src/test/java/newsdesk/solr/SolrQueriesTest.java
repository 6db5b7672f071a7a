package newsdesk.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import newsdesk.index.LexicalIndex;
import newsdesk.article.Filters;

/** The Solr request bodies, checked as data: same analysis as the in-memory index, filters, no query syntax. */
class SolrQueriesTest {

    private static final LexicalIndex LEXICAL = new LexicalIndex();
    private final SolrQueries queries = new SolrQueries();

    @AfterAll
    static void close() throws Exception {
        LEXICAL.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Who will join Xi Jinping's parade in Beijing?
            The councils approved $1.2 billion for bridges, agreed the mayor
            title:x AND (kind:article OR *:*) {!knn f=vector}
            Kim Jong Un Kim Jong Un
            """)
    void analysesAsTheInMemoryIndex(String text) {
        assertThat(queries.analyze(text)).isEqualTo(LEXICAL.analyze(text));
    }

    @Test
    void theLexicalQueryIsTermQueriesOnTextTitleAndOutlet() {
        Map<String, Object> request = queries.lexical("Bridges agreed, bridges!", Filters.NONE, 60);
        assertThat(request).containsEntry("limit", 60).containsEntry("fields", SolrDocs.CHUNK_FIELDS);
        @SuppressWarnings("unchecked")
        List<Object> should = (List<Object>) ((Map<String, Object>) ((Map<String, Object>) request.get("query"))
                .get("bool")).get("should");
        assertThat(should).hasSize(6).startsWith(
                SolrQueries.term("text", "bridg"),
                Map.of("boost", Map.of("b", LexicalIndex.TITLE_BOOST, "query", SolrQueries.term("title", "bridg"))),
                Map.of("boost", Map.of("b", LexicalIndex.SOURCE_BOOST, "query", SolrQueries.term("source", "bridg"))),
                SolrQueries.term("text", "agre"));
        assertThat(queries.lexical("the of and", Filters.NONE, 10)).isNull();
    }

    @Test
    void filtersBecomeFilterQueries() {
        assertThat(SolrQueries.filterQueries("chunk", Filters.NONE)).containsExactly(SolrQueries.term("kind", "chunk"));
        Filters filters = new Filters(Set.of("WSJ", "Harbor Gazette"), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 31));
        assertThat(SolrQueries.filterQueries("chunk", filters)).containsExactly(SolrQueries.term("kind", "chunk"),
                Map.of("bool", Map.of("should", List.of(SolrQueries.term("source_key", "harbor gazette"),
                        SolrQueries.term("source_key", "wsj")))),
                "day:[20089 TO 20119]");
        assertThat(SolrQueries.filterQueries("chunk", new Filters(Set.of(), null, LocalDate.of(2025, 1, 1))))
                .last().isEqualTo("day:[* TO 20089]");
    }

    @Test
    void theVectorQueryAsksEveryShardForTheSameNumberOfNeighbours() {
        Map<String, Object> request = queries.knn(new float[] {0.5f, -0.25f}, Filters.NONE, 40);
        assertThat(request.get("query")).isEqualTo(Map.of("knn", Map.of("f", "vector", "topK", 40,
                "query", "[0.5,-0.25]")));
        assertThat(request).containsEntry("limit", 40);
    }
}
