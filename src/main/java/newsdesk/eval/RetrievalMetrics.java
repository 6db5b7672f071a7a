package newsdesk.eval;

import java.util.Collection;
import java.util.List;

/**
 * Retrieval metrics as pure functions.
 *
 * <p>The hit rule is MultiHop-RAG's ({@code retrieval_evaluate.py}, Tang &amp; Yang, COLM 2024): a retrieved chunk
 * is a hit when any gold fact, with all whitespace removed, is a substring of the chunk text with all whitespace
 * removed. The paper removes spaces and newlines; we remove every whitespace character, which is the same on
 * MultiHop-RAG (its facts and bodies contain no tabs or other spaces). Ranks are 1-based; rank 0 means "no hit".
 */
public final class RetrievalMetrics {

    /** MRR is cut off at rank 10, as in the paper's MRR@10. */
    public static final int MRR_CUTOFF = 10;

    private RetrievalMetrics() {
    }

    /** The text with every whitespace character (spaces, tabs, newlines, ...) removed. */
    public static String squash(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Whether a chunk is a hit: any non-blank gold fact occurs in it once whitespace is removed from both. */
    public static boolean isHit(String chunkText, Collection<String> facts) {
        String chunk = squash(chunkText);
        for (String fact : facts) {
            String squashed = squash(fact);
            if (!squashed.isEmpty() && chunk.contains(squashed)) {
                return true;
            }
        }
        return false;
    }

    /** The 1-based rank of the first hit among the ranked chunk texts, or 0 when none is a hit. */
    public static int firstHitRank(List<String> rankedTexts, Collection<String> facts) {
        for (int i = 0; i < rankedTexts.size(); i++) {
            if (isHit(rankedTexts.get(i), facts)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Hits@k for one query: whether the first hit is within the top {@code k}. */
    public static boolean hitAt(int firstHitRank, int k) {
        return firstHitRank >= 1 && firstHitRank <= k;
    }

    /** 1/rank of the first hit when it is within {@code cutoff}, else 0. */
    public static double reciprocalRank(int firstHitRank, int cutoff) {
        return hitAt(firstHitRank, cutoff) ? 1.0 / firstHitRank : 0.0;
    }

    /**
     * Evidence-article recall@k: the share of the distinct evidence articles (urls or ids) that the top {@code k}
     * chunks come from. Independent of chunk size. Requires at least one evidence article.
     */
    public static double evidenceRecall(List<RetrievedChunk> ranked, Collection<String> evidence, int k) {
        List<String> wanted = evidence.stream().distinct().toList();
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("evidence recall needs at least one evidence article");
        }
        List<RetrievedChunk> top = ranked.subList(0, Math.min(k, ranked.size()));
        long found = wanted.stream().filter(ref -> top.stream().anyMatch(c -> c.isFrom(ref))).count();
        return (double) found / wanted.size();
    }
}
