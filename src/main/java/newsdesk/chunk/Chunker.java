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
 * all-MiniLM-L6-v2; the title prefix and the two special tokens are taken off that budget by the caller.
 */
public final class Chunker {

    public static final int DEFAULT_MAX_TOKENS = 96;
    public static final int DEFAULT_OVERLAP_SENTENCES = 1;

    private final SentenceSplitter splitter;
    private final TokenCounter tokens;
    private final int maxTokens;
    private final int overlapSentences;

    public Chunker(SentenceSplitter splitter, TokenCounter tokens, int maxTokens, int overlapSentences) {
        if (maxTokens < 8 || overlapSentences < 0) {
            throw new IllegalArgumentException("maxTokens must be >= 8 and overlap >= 0");
        }
        this.splitter = splitter;
        this.tokens = tokens;
        this.maxTokens = maxTokens;
        this.overlapSentences = overlapSentences;
    }

    /** The article's sentences and its chunks, which together cover every sentence at least once. */
    public Chunked chunk(Article article) {
        String body = article.body();
        List<Span> sentences = splitter.split(body);
        int[] sizes = sentences.stream().mapToInt(s -> tokens.count(s.of(body))).toArray();
        List<Chunk> chunks = new ArrayList<>();
        int first = 0;
        while (first < sentences.size()) {
            int last = first;
            int size = sizes[first];
            while (last + 1 < sentences.size() && size + sizes[last + 1] <= maxTokens) {
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
