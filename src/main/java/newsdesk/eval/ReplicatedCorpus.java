package newsdesk.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;

import newsdesk.article.Article;
import newsdesk.chunk.Chunk;
import newsdesk.chunk.Chunker;
import newsdesk.index.EmbeddedArticle;

/**
 * Large benchmark corpora made from a few embedded articles without embedding again: copy {@code n} of an article
 * gets a new id and url, its own copy of every string (so heap is measured as for distinct articles) and its chunk
 * vectors with Gaussian noise ({@link SyntheticVectors}). Whole articles are copied, round robin, until at least
 * {@code chunks} chunks are reached.
 */
final class ReplicatedCorpus {

    private ReplicatedCorpus() {
    }

    static List<EmbeddedArticle> articles(List<EmbeddedArticle> base, int chunks, double noise, Random random) {
        if (base.isEmpty()) {
            throw new IllegalArgumentException("need at least one embedded article");
        }
        List<EmbeddedArticle> copies = new ArrayList<>();
        int total = 0;
        for (int i = 0; total < chunks; i++) {
            EmbeddedArticle copy = copy(base.get(i % base.size()), i / base.size(), noise, random);
            copies.add(copy);
            total += copy.vectors().size();
        }
        return copies;
    }

    static EmbeddedArticle copy(EmbeddedArticle original, int n, double noise, Random random) {
        Article a = original.chunked().article();
        String id = Article.stableId(a.id() + "/copy/" + n);
        String body = fresh(a.body());
        String url = a.url() == null ? null : a.url() + "#copy-" + n;
        Article article = new Article(id, fresh(a.title()), a.source(), a.author(), a.publishedAt(), url, body);
        List<Chunk> chunks = new ArrayList<>();
        for (Chunk c : original.chunked().chunks()) {
            chunks.add(new Chunk(Chunk.idOf(id, c.ordinal()), id, c.ordinal(), c.firstSentence(), c.lastSentence(),
                    c.start(), c.end(), body.substring(c.start(), c.end()), c.tokens()));
        }
        List<float[]> vectors = SyntheticVectors.replicate(original.vectors(), original.vectors().size(), noise,
                random);
        return new EmbeddedArticle(new Chunker.Chunked(article, original.chunked().sentences(), chunks), vectors);
    }

    /** The naive baseline's segments and embeddings, copied round robin to exactly {@code size} entries. */
    static Segments segments(List<TextSegment> base, List<float[]> vectors, int size, double noise, Random random) {
        List<float[]> noisy = SyntheticVectors.replicate(vectors, size, noise, random);
        List<Embedding> embeddings = new ArrayList<>(size);
        List<TextSegment> segments = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            TextSegment original = base.get(i % base.size());
            embeddings.add(Embedding.from(noisy.get(i)));
            segments.add(TextSegment.from(fresh(original.text()), original.metadata().copy()));
        }
        return new Segments(embeddings, segments);
    }

    /** A string with its own character storage ({@code new String(String)} shares the original's). */
    private static String fresh(String text) {
        return new String(text.toCharArray());
    }

    /** Entries for an {@code EmbeddingStore.addAll(embeddings, segments)}. */
    record Segments(List<Embedding> embeddings, List<TextSegment> segments) {
    }
}
