package newsdesk.answer;

import java.util.Set;

import newsdesk.article.Article;

/**
 * A sentence of a retrieved passage as the extractive answerer weighs it: its article, text and offsets in the
 * article's body, analysed terms, share of the question it covers, how many question units it (with its title) has,
 * its score, and the share of the question it covers with its article's title.
 */
record ScoredSentence(Article article, String sentence, int start, int end, Set<String> terms, double coverage,
                      int coveredUnits, double score, double contextCoverage) {

    String key() {
        return article.id() + "@" + start;
    }
}
