package newsdesk.answer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import newsdesk.article.Article;
import newsdesk.chunk.SentenceSplitter;
import newsdesk.retrieve.Passage;

/** Hand-built articles, passages and answerers shared by the extractive answerer's tests. */
final class ExtractiveFixtures {

    static final Function<String, List<String>> ANALYZER = new newsdesk.index.LexicalIndex()::analyze;
    static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2025-09-02T08:00:00Z");

    static final Article PARADE = article("Kim Jong Un arrives in Beijing", "The Wall Street Journal",
            "Kim Jong Un arrived in Beijing on Tuesday aboard his armored train. The military parade will be held on "
                    + "Wednesday in Tiananmen Square. Xi Jinping will host the parade alongside Vladimir Putin. "
                    + "The trip is his first to China since 2019.");
    static final Article BRIDGE = article("City council votes on bridge", "Local Times",
            "The council met late into the night. The council decided to rebuild the old bridge over the river. "
                    + "Engineers said the bridge was unsafe for heavy trucks. The vote passed by seven to two.");
    static final Article WEATHER = article("Sunny weekend ahead", "Weather Desk",
            "Forecasters expect sunshine across the region this weekend. Temperatures will climb above average "
                    + "for the season.");

    static Article article(String title, String source, String body) {
        return Article.of(title, source, null, PUBLISHED, "https://example.com/" + title.hashCode(), body);
    }

    static ExtractiveAnswerer answerer() {
        return answerer(ExtractiveAnswerer.DEFAULT_MAX_SENTENCES);
    }

    static ExtractiveAnswerer answerer(int maxSentences) {
        return new ExtractiveAnswerer(new SentenceSplitter(), ANALYZER, term -> 1.0, term -> true,
                ExtractiveAnswerer.DEFAULT_MIN_CONFIDENCE, 0, maxSentences);
    }

    /** An answerer that abstains below {@code minSimilarity} and on words {@code known} does not accept. */
    static ExtractiveAnswerer judging(double minSimilarity, Set<String> unknown) {
        return new ExtractiveAnswerer(new SentenceSplitter(), ANALYZER, term -> 1.0, term -> !unknown.contains(term),
                ExtractiveAnswerer.DEFAULT_MIN_CONFIDENCE, minSimilarity, ExtractiveAnswerer.DEFAULT_MAX_SENTENCES);
    }

    static Passage whole(int rank, Article article) {
        return whole(rank, article, Double.NaN);
    }

    static Passage whole(int rank, Article article, double similarity) {
        return new Passage(rank, 1.0 / rank, article, article.id() + "#0", article.body(), 0,
                article.body().length(), similarity);
    }

    /** The article's body from {@code from} on: a passage whose offsets do not start at 0. */
    static Passage from(int rank, Article article, String from) {
        int start = article.body().indexOf(from);
        return new Passage(rank, 1.0 / rank, article, article.id() + "#1", article.body().substring(start), start,
                article.body().length());
    }

    static Answer ask(Answerer answerer, String question, Passage... evidence) {
        return answerer.answer(question, List.of(evidence), AnswerListener.NONE);
    }

    private ExtractiveFixtures() {
    }
}
