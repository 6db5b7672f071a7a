package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import newsdesk.article.Article;
import newsdesk.retrieve.Passage;

class FreshnessTest {

    private static final Article OLD = Article.of("Bridge closes for repairs", "Harbor Gazette", null,
            OffsetDateTime.parse("2024-04-02T09:00:00Z"), null, "The bridge closed for repairs on Tuesday.");
    private static final Article NEW = Article.of("Bridge reopens", "Valley Times", null,
            OffsetDateTime.parse("2024-04-15T09:00:00Z"), null, "The bridge reopened to cars on Monday.");

    @Test
    void newerCoverageIsAMetadataCitationQuotingThePublicationDateAsArticleFactsDoes() {
        String sentence = OLD.body();
        Citation quoted = new Citation(1, OLD.id(), OLD.title(), OLD.source(), OLD.publishedAt(), null, sentence, 0,
                sentence.length());
        Answer answer = new Answer(sentence + " [1]", false, List.of(quoted), List.of(), "extractive", 0.9, null,
                Map.of());
        List<Passage> pool = List.of(new Passage(1, 1, OLD, "c1", sentence, 0, sentence.length()),
                new Passage(2, 0.9, NEW, "c2", NEW.body(), 0, NEW.body().length()));

        Answer latest = Freshness.asOf(answer, pool, id -> List.of());

        assertThat(latest.text()).startsWith("As of 2 Apr 2024 [1]: ").contains("Newer coverage: Bridge reopens");
        Citation newer = latest.citations().get(1);
        assertThat(newer.kind()).isEqualTo(Citation.Kind.METADATA);
        assertThat(newer.articleId()).isEqualTo(NEW.id());
        assertThat(newer.sentence()).isEqualTo(ArticleFacts.value(newer.field(), NEW));
    }
}
