package newsdesk.retrieve;

import newsdesk.article.Filters;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import newsdesk.article.Article;
import newsdesk.article.ArticleLoader;
import newsdesk.testing.GeneratedArticles;

/**
 * The contract every {@link ArticleStore} passes, over the repository's seed article and 200 generated ones:
 * distinctive questions find their article first, passages quote their article, filters hold, re-ingesting
 * replaces and removing removes, wire copies are found as they arrive. Subclasses say how to write to and remove from their store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ArticleStoreContract {

    public static final int GENERATED = 200;

    protected Article seed;

    /** The store under test, empty before {@link #loadCorpus}. */
    protected abstract ArticleStore store();

    /** Chunks, embeds and writes the articles as one batch (replacing articles with the same ids). */
    protected abstract void write(List<Article> articles);

    protected abstract void remove(List<String> articleIds);

    @BeforeAll
    void loadCorpus() {
        seed = ArticleLoader.withDefaultReaders().load(Path.of("seeds")).articles().get(0);
        write(List.of(seed));
        write(GeneratedArticles.articles(GENERATED));
    }

    private static void assertWellFormed(List<Passage> passages, int topK) {
        assertWellFormed(passages, topK, true);
    }

    /** {@code byScore}: whether scores must not increase (the per-article cap puts some hits after lower ones). */
    private static void assertWellFormed(List<Passage> passages, int topK, boolean byScore) {
        assertThat(passages.size()).isLessThanOrEqualTo(topK);
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            assertThat(p.rank()).isEqualTo(i + 1);
            assertThat(p.article().body().substring(p.start(), p.end())).isEqualTo(p.text());
            assertThat(p.chunkId()).startsWith(p.article().id() + "#");
            for (Passage other : passages.subList(0, i)) {
                assertThat(other.article().id().equals(p.article().id()) && other.start() == p.start())
                        .as("the same passage twice").isFalse();
            }
        }
        for (int i = 1; i < passages.size() && byScore; i++) {
            assertThat(passages.get(i).score()).isLessThanOrEqualTo(passages.get(i - 1).score());
        }
    }

    @Test
    void distinctiveQuestionsFindTheirArticleFirst() {
        for (int i = 0; i < GENERATED; i += 17) {
            List<Passage> passages = store().search(GeneratedArticles.question(i), 5, Filters.NONE);
            assertWellFormed(passages, 5);
            assertThat(passages).as(GeneratedArticles.question(i)).isNotEmpty();
            assertThat(passages.get(0).article().title()).as(GeneratedArticles.question(i))
                    .startsWith(GeneratedArticles.town(i) + " ");
            assertThat(passages.get(0).text()).contains("$" + GeneratedArticles.budget(i) + " million");
        }
        List<Passage> parade = store().search("Kim Jong Un at the Beijing military parade", 3, Filters.NONE);
        assertWellFormed(parade, 3);
        assertThat(parade.get(0).article().id()).isEqualTo(seed.id());
        assertThat(parade.get(0).article()).isEqualTo(seed);
    }

    @Test
    void aQueryWithNothingToMatchGivesNoPassages() {
        assertThat(store().search("   ", 5, Filters.NONE)).isEmpty();
        assertThat(store().search("the of and", 5, Filters.NONE)).allSatisfy(p -> assertThat(p.text()).isNotEmpty());
    }

    @Test
    void outletFiltersKeepOnlyThatOutlet() {
        int other = 1;
        String outlet = GeneratedArticles.outlet(0);
        Filters filters = new Filters(Set.of(outlet.toUpperCase()), null, null);
        List<Passage> passages = store().search(GeneratedArticles.question(other), 10, filters);
        assertWellFormed(passages, 10);
        assertThat(passages).isNotEmpty().allSatisfy(p -> assertThat(p.article().source()).isEqualTo(outlet));
        assertThat(passages).noneSatisfy(p -> assertThat(p.article().title())
                .startsWith(GeneratedArticles.town(other) + " "));
        Filters two = new Filters(Set.of(GeneratedArticles.outlet(1), "wsj"), null, null);
        assertThat(store().search("Kim Jong Un parade council budget", 20, two)).isNotEmpty()
                .allSatisfy(p -> assertThat(p.article().source()).isIn(GeneratedArticles.outlet(1), "WSJ"));
    }

    @Test
    void dateFiltersKeepOnlyThatRange() {
        LocalDate from = GeneratedArticles.day(40);
        LocalDate to = GeneratedArticles.day(49);
        List<Passage> passages = store().search("council budget approved", 20, new Filters(Set.of(), from, to));
        assertWellFormed(passages, 20);
        assertThat(passages).isNotEmpty().allSatisfy(p -> assertThat(p.article().publishedAt().toLocalDate())
                .isBetween(from, to));
        assertThat(store().search(GeneratedArticles.question(10), 5, new Filters(Set.of(), null, from)))
                .isNotEmpty().allSatisfy(p -> assertThat(p.article().publishedAt().toLocalDate())
                        .isBeforeOrEqualTo(from));
        assertThat(store().search("Kim Jong Un parade", 5, new Filters(Set.of(), LocalDate.of(2025, 8, 28),
                LocalDate.of(2025, 8, 28)))).isNotEmpty()
                .allSatisfy(p -> assertThat(p.article().id()).isEqualTo(seed.id()));
    }

    @Test
    void daysNamedInTheQuestionFavourArticlesPublishedThen() {
        LocalDate day = GeneratedArticles.day(4);
        for (String question : List.of("What did the council approve on January 5, 2025?",
                "Which council budget was approved on Jan. 5th?", "Council budget news from 2025-01-05")) {
            List<Passage> passages = store().search(question, 5, Filters.NONE);
            assertWellFormed(passages, 5);
            assertThat(passages).as(question).isNotEmpty();
            assertThat(passages.get(0).article().publishedAt().toLocalDate()).as(question).isEqualTo(day);
        }
        assertThat(store().search("What did the council approve on January 5, 2025?", 5,
                new Filters(Set.of(), GeneratedArticles.day(10), null))).isNotEmpty()
                .allSatisfy(p -> assertThat(p.article().publishedAt().toLocalDate()).isAfterOrEqualTo(
                        GeneratedArticles.day(10)));
    }

    @Test
    void outletsNamedInTheQuestionComeFirstTakingTurns() {
        String question = "What did the Metro Ledger report about flood barriers?";
        List<Passage> passages = store().search(question, 5, Filters.NONE);
        assertWellFormed(passages, 5);
        assertThat(passages).isNotEmpty();
        assertThat(passages.get(0).article().source()).isEqualTo("Metro Ledger");
        List<Passage> two = store().search("What did the Harbor Gazette and the Coastal Courier report about the "
                + "council?", 6, Filters.NONE);
        assertThat(two.subList(0, 2)).extracting(p -> p.article().source())
                .containsExactlyInAnyOrder("Harbor Gazette", "Coastal Courier");
        assertThat(two).extracting(p -> p.article().source()).containsOnly("Harbor Gazette", "Coastal Courier");
        assertThat(store().search(question, 5, new Filters(Set.of("valley times"), null, null))).isNotEmpty()
                .allSatisfy(p -> assertThat(p.article().source()).isEqualTo("Valley Times"));
    }

    @Test
    void oneArticleHoldsAtMostTwoPassagesUntilTheOthersHadTheirTurn() {
        List<Passage> passages = store().search("Kim Jong Un and Putin at the Beijing parade; council reserves", 6,
                Filters.NONE);
        assertWellFormed(passages, 6, false);
        assertThat(passages).hasSize(6);
        assertThat(passages.subList(0, 2)).allSatisfy(p -> assertThat(p.article().id()).isEqualTo(seed.id()));
        assertThat(passages.subList(2, 4)).noneSatisfy(p -> assertThat(p.article().id()).isEqualTo(seed.id()));
        assertThat(passages).as("the places left are filled in rank order")
                .filteredOn(p -> p.article().id().equals(seed.id())).hasSizeGreaterThan(2);
        List<Passage> seedOnly = store().search("Kim Jong Un, Vladimir Putin and Xi Jinping at the military parade",
                5, new Filters(Set.of("wsj"), null, null));
        assertThat(seedOnly).as("the cap yields only to other articles' hits").hasSizeGreaterThan(2)
                .allSatisfy(p -> assertThat(p.article().id()).isEqualTo(seed.id()));
    }

    @Test
    void passagesCarryTheCosineSimilarityOfTheirChunkToTheQuestion() {
        for (int i = 3; i < GENERATED; i += 41) {
            List<Passage> passages = store().search(GeneratedArticles.question(i), 6, Filters.NONE);
            assertThat(passages).isNotEmpty().allSatisfy(p -> assertThat(p.similarity()).isNotNaN()
                    .isBetween(-1.0, 1.0));
            Passage best = passages.get(0);
            assertThat(best.article().title()).startsWith(GeneratedArticles.town(i) + " ");
            assertThat(best.similarity()).as(GeneratedArticles.question(i)).isGreaterThan(0.3);
            assertThat(passages.subList(1, passages.size()))
                    .filteredOn(p -> !p.article().id().equals(best.article().id()))
                    .allSatisfy(p -> assertThat(p.similarity()).isLessThan(best.similarity()));
        }
    }

    @Test
    void reingestingAnArticleReplacesItsChunks() {
        int i = GENERATED + 1;
        Article original = GeneratedArticles.article(i);
        write(List.of(original));
        int articles = store().articleCount();
        int chunks = store().chunkCount();
        assertThat(store().search(GeneratedArticles.question(i), 1, Filters.NONE).get(0).article())
                .isEqualTo(original);

        Article revised = new Article(original.id(), original.title(), original.source(), original.author(),
                original.publishedAt(), original.url(), "In a reversal, the " + GeneratedArticles.town(i)
                        + " council shelved the plan and voted for a zeppelin mooring mast instead.");
        write(List.of(revised));
        assertThat(store().articleCount()).isEqualTo(articles);
        assertThat(store().chunkCount()).isLessThan(chunks);
        assertThat(store().article(original.id())).contains(revised);
        List<Passage> found = store().search("zeppelin mooring mast", 3, Filters.NONE);
        assertThat(found.get(0).article()).isEqualTo(revised);
        assertThat(store().search(GeneratedArticles.question(i), 10, Filters.NONE))
                .allSatisfy(p -> assertThat(p.text()).doesNotContain("$" + GeneratedArticles.budget(i) + " million"))
                .allSatisfy(p -> assertThat(p.article().body()).isNotEqualTo(original.body()));
    }

    @Test
    void removingAnArticleRemovesItEverywhere() {
        int i = GENERATED + 2;
        Article article = GeneratedArticles.article(i);
        write(List.of(article));
        int articles = store().articleCount();
        assertThat(store().search(GeneratedArticles.question(i), 1, Filters.NONE).get(0).article().id())
                .isEqualTo(article.id());

        remove(List.of(article.id(), "no-such-article"));
        assertThat(store().articleCount()).isEqualTo(articles - 1);
        assertThat(store().article(article.id())).isEmpty();
        assertThat(store().search(GeneratedArticles.question(i), 10, Filters.NONE))
                .noneSatisfy(p -> assertThat(p.article().id()).isEqualTo(article.id()));
    }

    @Test
    void wireCopiesAreFoundAsTheyArriveAndUnlinkedWhenRemoved() {
        String wire = "Port Ellery closed its harbour bridge to all traffic on Wednesday after engineers found "
                + "corroded steel cables under the main span, the town council said. The closure forces about 30,000 "
                + "commuters a day onto a ferry service and a detour of 40 kilometres around the bay. Mayor Ines "
                + "Calder said the bridge would stay shut until a full structural survey is finished.";
        Article fortune = Article.of("Port Ellery shuts its bridge", "Fortune", null, null,
                "https://fortune.example/contract-wire", "PORT ELLERY (AP) — " + wire);
        Article yahoo = Article.of("Bridge closed over corroded cables", "Yahoo News", null, null,
                "https://yahoo.example/contract-wire", wire + " Officials will give an update on Friday.");
        try {
            write(List.of(fortune));
            assertThat(store().copies(fortune.id())).isEmpty();
            write(List.of(yahoo));
            assertThat(store().copies(fortune.id())).containsExactly(yahoo);
            assertThat(store().copies(yahoo.id())).containsExactly(fortune);
            assertThat(store().copies(seed.id())).isEmpty();
            assertThat(store().copies("no-such-article")).isEmpty();

            remove(List.of(yahoo.id()));
            assertThat(store().copies(fortune.id())).isEmpty();
        } finally {
            remove(List.of(fortune.id(), yahoo.id()));
        }
    }

    @Test
    void articlesAreListedInIngestionOrderAndCounted() {
        assertThat(store().articleCount()).isGreaterThanOrEqualTo(GENERATED + 1);
        assertThat(store().chunkCount()).isGreaterThan(store().articleCount());
        List<Article> firstPage = store().articles(0, 3);
        assertThat(firstPage).containsExactly(seed, GeneratedArticles.article(0), GeneratedArticles.article(1));
        List<String> all = new ArrayList<>();
        for (int offset = 0; offset < store().articleCount(); offset += 50) {
            store().articles(offset, 50).forEach(a -> all.add(a.id()));
        }
        assertThat(all).doesNotHaveDuplicates().hasSize(store().articleCount());
        assertThat(store().articles(10_000, 5)).isEmpty();
        assertThat(store().article(seed.id())).contains(seed);
        assertThat(store().article("unknown")).isEmpty();
        assertThat(store().ready()).isTrue();
    }

    @Test
    void rareTermsWeighMoreThanCommonOnes() {
        double rare = store().idf(store().articles(0, 1).isEmpty() ? "x" : "pyongyang");
        double common = store().idf("council");
        assertThat(rare).isGreaterThan(common);
        assertThat(common).isGreaterThan(0);
        // asked again (a store may remember it): the same weight
        assertThat(store().idf("council")).isEqualTo(common);
        assertThat(store().idf("pyongyang")).isEqualTo(store().idf("pyongyang"));
    }
}
