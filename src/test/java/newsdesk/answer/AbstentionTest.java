package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import newsdesk.article.Article;
import newsdesk.retrieve.Passage;

/** The answer given when the articles don't answer: a plain statement, no citations, the closest articles. */
class AbstentionTest {

    private static Article article(String name) {
        return Article.of(name + " story", "Outlet " + name, null, OffsetDateTime.parse("2025-09-01T12:00:00Z"),
                "https://example.com/" + name, "Body of " + name + ".");
    }

    /** One passage per name, ranked in order; a name repeated is another passage of the same article. */
    private static List<Passage> evidence(String... names) {
        List<Passage> passages = new ArrayList<>();
        for (String name : names) {
            Article a = article(name);
            passages.add(new Passage(passages.size() + 1, 1.0, a, a.id() + "#" + passages.size(), a.body(), 0,
                    a.body().length()));
        }
        return passages;
    }

    @Test
    void saysTheArticlesDontAnswerAndCitesNothing() {
        Answer answer = Abstention.of(evidence("a", "b"), 0.05, "extractive");

        assertThat(answer.abstained()).isTrue();
        assertThat(answer.text()).isEqualTo(Abstention.TEXT);
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.direct()).isEmpty();
        assertThat(answer.answerer()).isEqualTo("extractive");
        assertThat(answer.confidence()).isEqualTo(0.05);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a           | a
            a,b         | a,b
            a,a,b       | a,b
            b,a,b,a     | b,a
            a,b,c,d,e   | a,b,c
            a,a,a,b,c,d | a,b,c
            """)
    void listsTheFirstThreeDistinctArticlesInRankOrder(String passages, String closest) {
        Answer answer = Abstention.of(evidence(passages.split(",")), 0, "extractive");

        List<String> expected = List.of(closest.split(",")).stream().map(n -> article(n).id()).toList();
        assertThat(answer.closest()).extracting(Coverage::articleId).containsExactlyElementsOf(expected);
    }

    @Test
    void theClosestCoverageCarriesTheArticlesFields() {
        Article a = article("a");
        Coverage coverage = Abstention.of(evidence("a"), 0, "llm").closest().get(0);

        assertThat(coverage).isEqualTo(new Coverage(a.id(), a.title(), a.source(), a.publishedAt(), a.url()));
    }

    @Test
    void noEvidenceMeansNoClosestCoverage() {
        assertThat(Abstention.of(List.of(), 0.3, "extractive").closest()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"-0.4, 0.0", "0.0, 0.0", "0.37, 0.37", "1.0, 1.0", "2.5, 1.0"})
    void confidenceIsClampedToTheUnitInterval(double given, double kept) {
        assertThat(Abstention.of(evidence("a"), given, "extractive").confidence()).isEqualTo(kept);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Zorro             | “Zorro”
            Zorro,Xanadu      | “Zorro” or “Xanadu”
            Zorro,Xanadu,Qux  | “Zorro”, “Xanadu” or “Qux”
            Zorro,Xanadu,Qux,Quux | “Zorro”, “Xanadu” or “Qux”
            """)
    void unknownNamesAreQuotedAtMostThree(String names, String quoted) {
        Answer answer = Abstention.unknownNames(evidence("a", "b"), List.of(names.split(",")), "extractive");

        assertThat(answer.text()).isEqualTo("The articles don't say. None of the indexed articles mentions " + quoted
                + ".");
        assertThat(answer.abstained()).isTrue();
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.confidence()).isZero();
        assertThat(answer.closest()).extracting(Coverage::articleId)
                .containsExactly(article("a").id(), article("b").id());
    }
}
