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

        Answer latest = Freshness.asOf(answer, Freshness.read(pool, text -> 1).relevant(), id -> List.of());

        assertThat(latest.text()).startsWith("As of 2 Apr 2024 [1]: ").contains("Newer coverage: Bridge reopens");
        Citation newer = latest.citations().get(1);
        assertThat(newer.kind()).isEqualTo(Citation.Kind.METADATA);
        assertThat(newer.articleId()).isEqualTo(NEW.id());
        assertThat(newer.sentence()).isEqualTo(ArticleFacts.value(newer.field(), NEW));
    }

    private static final Article LONG = Article.of("Bridge inspection report", "Harbor Gazette", null,
            OffsetDateTime.parse("2024-03-01T09:00:00Z"), null, "The bridge inspection found corroded cables.");
    private static final Article OFF_TOPIC = Article.of("Ferry timetable", "Valley Times", null,
            OffsetDateTime.parse("2024-05-01T09:00:00Z"), null, "The ferry runs every hour.");

    @Test
    void relevanceCountsArticlesNotPassagesAndSkipsArticlesOffTheTopic() {
        List<Passage> pool = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            pool.add(passage(pool.size() + 1, LONG));
        }
        pool.add(passage(pool.size() + 1, OFF_TOPIC));
        pool.add(passage(pool.size() + 1, NEW));
        pool.add(passage(pool.size() + 1, OLD));
        // The topic is "bridge": the ferry timetable never names it.
        Freshness.Reading reading = Freshness.read(pool, text -> text.toLowerCase().contains("bridge") ? 1 : 0);

        assertThat(reading.relevant()).as("newest first").containsExactly(NEW, OLD, LONG);
        // The answerer still reads the ten best passages newest first, then the rest in rank order.
        assertThat(reading.passages()).extracting(p -> p.article().title()).containsExactly(
                java.util.stream.Stream.concat(java.util.Collections.nCopies(11, LONG.title()).stream(),
                        java.util.stream.Stream.of(OFF_TOPIC.title(), NEW.title(), OLD.title())).toArray(String[]::new));
        assertThat(reading.passages()).extracting(Passage::rank).containsExactly(
                java.util.stream.IntStream.rangeClosed(1, pool.size()).boxed().toArray(Integer[]::new));
    }

    @Test
    void theTenBestPassagesAreReadNewestFirst() {
        List<Passage> pool = List.of(passage(1, OLD), passage(2, LONG), passage(3, NEW));
        assertThat(Freshness.read(pool, text -> 1).passages()).extracting(Passage::article)
                .containsExactly(NEW, OLD, LONG);
    }

    @Test
    void onlyTheFirstTenRelevantArticlesCount() {
        List<Passage> pool = new java.util.ArrayList<>();
        for (int i = 0; i < Freshness.RELEVANT; i++) {
            pool.add(passage(pool.size() + 1, Article.of("Bridge story " + i, "Gazette", null,
                    OffsetDateTime.parse("2024-03-01T09:00:00Z").plusDays(i), null, "The bridge, day " + i + ".")));
        }
        pool.add(passage(pool.size() + 1, NEW));

        Freshness.Reading reading = Freshness.read(pool, text -> 1);

        assertThat(reading.relevant()).hasSize(Freshness.RELEVANT).doesNotContain(NEW);
        assertThat(reading.passages().get(pool.size() - 1).article()).isEqualTo(NEW);
    }

    private static Passage passage(int rank, Article article) {
        return new Passage(rank, 1.0 / rank, article, article.id() + "-" + rank, article.body(), 0,
                article.body().length());
    }
}
