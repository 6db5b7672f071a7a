package newsdesk.chunk;

import java.util.ArrayList;
import java.util.List;

import newsdesk.article.Article;

/**
 * The sentence-window chunker: groups consecutive sentences into embedding units of at most {@code maxTokens} word
 * pieces, each unit starting {@code overlapSentences} sentences before the previous one ended. A single sentence
 * longer than the budget becomes a unit of its own (the model sees its beginning).
 *
 * <p>Defaults: 128 word pieces is the truncation length of the tokenizer bundled with langchain4j's
 * all-MiniLM-L6-v2; 96 leaves room for the two special tokens and a title of up to 30 word pieces. A caller that
 * embeds a longer prefix asks for a smaller budget with {@link #chunk(Article, int)}.
 */
public final class Chunker {

    public static final int DEFAULT_MAX_TOKENS = 96;
    public static final int DEFAULT_OVERLAP_SENTENCES = 1;
    /** The smallest unit budget: below it most sentences would be units of their own. */
    public static final int MIN_TOKENS = 8;

    private final SentenceSplitter splitter;
    private final TokenCounter tokens;
    private final int maxTokens;
    private final int overlapSentences;

    public Chunker(SentenceSplitter splitter, TokenCounter tokens, int maxTokens, int overlapSentences) {
        if (maxTokens < MIN_TOKENS || overlapSentences < 0) {
            throw new IllegalArgumentException("maxTokens must be >= 8 and overlap >= 0");
        }
        this.splitter = splitter;
        this.tokens = tokens;
        this.maxTokens = maxTokens;
        this.overlapSentences = overlapSentences;
    }

    /** The article's sentences and its chunks, which together cover every sentence at least once. */
    public Chunked chunk(Article article) {
        return chunk(article, maxTokens);
    }

    /**
     * As {@link #chunk(Article)}, with units of at most {@code budget} word pieces (never more than the configured
     * maximum, never fewer than {@link #MIN_TOKENS}).
     */
    public Chunked chunk(Article article, int budget) {
        int limit = Math.max(MIN_TOKENS, Math.min(maxTokens, budget));
        String body = article.body();
        List<Span> sentences = splitter.split(body);
        int[] sizes = sentences.stream().mapToInt(s -> tokens.count(s.of(body))).toArray();
        List<Chunk> chunks = new ArrayList<>();
        int first = 0;
        while (first < sentences.size()) {
            int last = first;
            int size = sizes[first];
            while (last + 1 < sentences.size() && size + sizes[last + 1] <= limit) {
                last++;
                size += sizes[last];
            }
            int start = sentences.get(first).start();
            int end = sentences.get(last).end();
            int ordinal = chunks.size();
            chunks.add(new Chunk(Chunk.idOf(article.id(), ordinal), article.id(), ordinal, first, last, start, end,
                    body.substring(start, end), size));
            if (last + 1 >= sentences.size()) {
                break;
            }
            first = Math.max(first + 1, last + 1 - overlapSentences);
        }
        return new Chunked(article, List.copyOf(sentences), List.copyOf(chunks));
    }

    /** An article with its sentence spans and chunks. */
    public record Chunked(Article article, List<Span> sentences, List<Chunk> chunks) {
    }
}
