package newsdesk.embed;

import newsdesk.ingest.Ingestor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import newsdesk.Settings;
import newsdesk.article.Article;
import newsdesk.article.ArticleLoader;
import newsdesk.chunk.Chunk;
import newsdesk.chunk.Chunker;
import newsdesk.chunk.Span;
import newsdesk.retrieve.PassageSearch;

/**
 * With the real all-MiniLM-L6-v2 tokenizer: what ingestion embeds fits the model's 128 word pieces (title included),
 * so no part of a chunk goes unseen, and the passages shown for a hit stay within about 256 word pieces.
 */
class EmbedUnitsTest {

    private static MiniLmEmbedder embedder;
    private static Ingestor ingestor;

    @BeforeAll
    static void model() {
        embedder = new MiniLmEmbedder(MiniLmEmbedder.Variant.FULL, 1);
        ingestor = ingestor(Settings.defaults(), embedder, null);
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (String path : new String[] {"seeds", "src/test/resources/corpus", "src/test/resources/articles"}) {
            articles.addAll(ArticleLoader.withDefaultReaders().load(Path.of(path)).articles());
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            body.append("District ").append(i).append(" reviewed its timetable. "); // short sentences fill a unit
        }
        articles.add(Article.of("Regional transport authority announces sweeping review of timetables, ticket "
                + "prices, accessibility plans, night services, cycle storage and station staffing across the "
                + "northern districts after months of complaints from commuters and local councils",
                "Transit Weekly", null, null, "https://example.com/long-title", body.toString()));
        return articles;
    }

    @Test
    void everyEmbeddedTextFitsTheModelWithItsTitle() {
        List<Chunker.Chunked> chunked = ingestor.chunk(articles());
        List<String> texts = ingestor.texts(chunked);
        int unit = 0;
        int longTitleUnits = 0;
        for (Chunker.Chunked article : chunked) {
            int title = embedder.countTokens(article.article().title());
            for (Chunk chunk : article.chunks()) {
                String text = texts.get(unit++);
                int own = embedder.countTokens(chunk.text());
                if (chunk.firstSentence() == chunk.lastSentence() && title + own > MiniLmEmbedder.MAX_TOKENS) {
                    continue; // one sentence longer than the model reads: the documented exception
                }
                assertThat(title + own).as("title + chunk %s", chunk.id()).isLessThanOrEqualTo(MiniLmEmbedder.MAX_TOKENS);
                assertThat(embedder.countTokens(text)).as("embedded text of %s", chunk.id()).isEqualTo(title + own);
                if (title > 30) {
                    longTitleUnits++;
                }
            }
        }
        assertThat(unit).isEqualTo(texts.size());
        assertThat(longTitleUnits).as("units of the long-title article").isGreaterThan(3);
    }

    @Test
    void passagesShownForAHitStayWithinAbout256WordPieces() {
        for (Chunker.Chunked article : ingestor.chunk(articles())) {
            String body = article.article().body();
            for (Chunk chunk : article.chunks()) {
                Span passage = PassageSearch.widen(article.sentences(), chunk, PassageSearch.DEFAULT_MAX_CHARS);
                int pieces = article.sentences().stream()
                        .filter(s -> s.start() >= passage.start() && s.end() <= passage.end())
                        .mapToInt(s -> embedder.countTokens(s.of(body))).sum();
                assertThat(pieces).as("passage around %s", chunk.id()).isLessThanOrEqualTo(256);
                assertThat(passage.start()).isLessThanOrEqualTo(chunk.start());
                assertThat(passage.end()).isGreaterThanOrEqualTo(chunk.end());
            }
        }
    }

    @Test
    void withoutTitlesTheWholeBudgetGoesToTheChunk() {
        Ingestor untitled = ingestor(Settings.from(Map.of("NEWSDESK_EMBED_TITLES", "false")), embedder, null);
        List<Chunker.Chunked> chunked = untitled.chunk(articles());
        List<String> texts = untitled.texts(chunked);
        int unit = 0;
        for (Chunker.Chunked article : chunked) {
            for (Chunk chunk : article.chunks()) {
                assertThat(texts.get(unit++)).isEqualTo(chunk.text());
                if (chunk.firstSentence() != chunk.lastSentence()) {
                    assertThat(embedder.countTokens(chunk.text())).isLessThanOrEqualTo(Chunker.DEFAULT_MAX_TOKENS);
                }
            }
        }
    }

    /** The chunk-and-embed step with the chunking {@code settings} choose, as Newsdesk wires it. */
    private static Ingestor ingestor(Settings settings, newsdesk.embed.Embedder embedder,
                                     newsdesk.index.CorpusIndex index) {
        return Ingestor.withChunker(embedder, index, settings.chunkTokens(), settings.chunkOverlap(),
                settings.embedTitles());
    }
}
