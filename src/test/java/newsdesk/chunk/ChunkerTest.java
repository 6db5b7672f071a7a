package newsdesk.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import newsdesk.article.Article;

class ChunkerTest {

    private static Article article(String body) {
        return Article.of("A title", "Outlet", null, null, "https://example.com/a", body);
    }

    private static String randomBody(Random random) {
        StringBuilder body = new StringBuilder();
        int paragraphs = 1 + random.nextInt(6);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 1 + random.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                int words = 1 + random.nextInt(random.nextInt(10) == 0 ? 200 : 25);
                body.append("Word");
                for (int w = 1; w < words; w++) {
                    body.append(' ').append("w").append(random.nextInt(1000));
                }
                body.append(". ");
            }
            body.append("\n\n");
        }
        return body.toString();
    }

    @Test
    void chunksAreSentenceAlignedWithinBudgetAndCoverEverySentence() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            int budget = 16 + random.nextInt(100);
            int overlap = random.nextInt(3);
            Chunker chunker = new Chunker(new SentenceSplitter(), TokenCounter.WORDS, budget, overlap);
            Article article = article(randomBody(random));
            Chunker.Chunked chunked = chunker.chunk(article);
            List<Span> sentences = chunked.sentences();
            boolean[] covered = new boolean[sentences.size()];
            int previousFirst = -1;
            for (Chunk chunk : chunked.chunks()) {
                assertThat(chunk.text()).isEqualTo(article.body().substring(chunk.start(), chunk.end()));
                assertThat(chunk.start()).isEqualTo(sentences.get(chunk.firstSentence()).start());
                assertThat(chunk.end()).isEqualTo(sentences.get(chunk.lastSentence()).end());
                assertThat(chunk.articleId()).isEqualTo(article.id());
                assertThat(chunk.firstSentence()).isGreaterThan(previousFirst);
                previousFirst = chunk.firstSentence();
                if (chunk.firstSentence() != chunk.lastSentence()) {
                    assertThat(chunk.tokens()).isLessThanOrEqualTo(budget);
                }
                for (int s = chunk.firstSentence(); s <= chunk.lastSentence(); s++) {
                    covered[s] = true;
                }
            }
            for (boolean c : covered) {
                assertThat(c).isTrue();
            }
        }
    }

    @Test
    void consecutiveChunksShareTheConfiguredOverlap() {
        String body = "One two three four. Five six seven eight. Nine ten eleven twelve. Thirteen fourteen fifteen.";
        Chunker chunker = new Chunker(new SentenceSplitter(), TokenCounter.WORDS, 12, 1);
        List<Chunk> chunks = chunker.chunk(article(body)).chunks();
        assertThat(chunks).hasSizeGreaterThan(1);
        for (int i = 1; i < chunks.size(); i++) {
            assertThat(chunks.get(i).firstSentence()).isEqualTo(chunks.get(i - 1).lastSentence());
        }
    }

    @Test
    void aPerArticleBudgetShrinksTheUnitsButNeverGrowsThem() {
        Random random = new Random(3);
        Chunker chunker = new Chunker(new SentenceSplitter(), TokenCounter.WORDS, 60, 1);
        for (int round = 0; round < 50; round++) {
            Article article = article(randomBody(random));
            for (int budget : new int[] {1, 20, 45, 500}) {
                int limit = Math.max(Chunker.MIN_TOKENS, Math.min(60, budget));
                for (Chunk chunk : chunker.chunk(article, budget).chunks()) {
                    if (chunk.firstSentence() != chunk.lastSentence()) {
                        assertThat(chunk.tokens()).as("budget %d", budget).isLessThanOrEqualTo(limit);
                    }
                }
            }
            assertThat(chunker.chunk(article, 500).chunks()).isEqualTo(chunker.chunk(article).chunks());
        }
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThatThrownBy(() -> new Chunker(new SentenceSplitter(), TokenCounter.WORDS, 2, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
