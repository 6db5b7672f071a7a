package newsdesk.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import newsdesk.article.Article;
import newsdesk.chunk.SentenceSplitter;
import newsdesk.chunk.Span;

/**
 * A second look for a question whose every part asks for a person, date or number and whose good sentences hold no
 * span of that kind: the sentence that answers often shares few words with the question ("Yet, nothing was going to
 * dampen this evening as 80,065 fans poured in." for "How many fans were at the Stade de France …?", "Ekimov, 78,
 * and Brus, 80, honed the theory" for "How old is … Louis Brus?"). It weighs the remaining candidates and the other
 * sentences of the best candidates' articles, and keeps a span only when it is of the very kind the question asks
 * for ({@link Expectation#factor} at least {@link Expectation#PREFERRED}: a head count for "how many fans", an age
 * for "how old", a weekday for "what day of the week", money for "how much … cost"), or, for a date, when the
 * sentence itself holds the question's focus ("proposed … in April 2021"). The sentences must still name what the
 * question asks about and hold its focus, as in the first look, and hold themselves a focus word, an asked name or the
 * head noun of a number question ("fans");
 * a bare figure ("80") is an age only in apposition ("Brus, 80,"). Costs a sentence split of at most
 * {@link #ARTICLES} article bodies, only for questions that would otherwise abstain.
 */
final class WiderPool {

    /** The articles of the best candidates whose whole bodies are read. */
    static final int ARTICLES = 2;

    /** Heads of "how big / old / long …" questions: no noun a sentence could hold. */
    private static final Set<String> ADJECTIVES = Set.of("big", "large", "long", "old", "far", "high", "much", "many");

    private WiderPool() {
    }

    static List<DirectAnswers.Pick> picks(QuestionAnalysis analysis, List<ScoredSentence> ranked, String question,
                                          SentenceScorer scorer, SentenceSplitter splitter, PhraseTagger tagger) {
        if (ranked.isEmpty() || analysis.parts().stream().anyMatch(p -> p.type() == AnswerType.PERSON_OR_ORG)) {
            return List.of(); // a name is never of a preferred kind: nothing to find
        }
        List<ScoredSentence> wider = sentences(ranked, scorer, splitter);
        Set<String> own = new HashSet<>(new AskedNames(question).words());
        analysis.parts().stream().filter(p -> p.type() == AnswerType.NUMBER && p.head() != null
                && !ADJECTIVES.contains(p.head())).forEach(p -> own.addAll(DirectAnswers.words(p.head())));
        List<DirectAnswers.Pick> picks = DirectAnswers.find(analysis, wider, question, s -> scorer.answersFocus(s)
                && (scorer.coversFocus(s.terms()) || DirectAnswers.words(s.sentence()).stream()
                .anyMatch(own::contains)), tagger);
        if (picks.size() != analysis.parts().stream().filter(p -> p.type() != AnswerType.OPEN).count()) {
            return List.of();
        }
        for (DirectAnswers.Pick pick : picks) {
            if (!ofTheKind(pick, scorer)) {
                return List.of();
            }
        }
        return picks;
    }

    /** Whether every span of the pick is of the asked kind, or is a date in a sentence holding the focus. */
    private static boolean ofTheKind(DirectAnswers.Pick pick, SentenceScorer scorer) {
        for (AnswerSpan span : pick.spans()) {
            String text = span.of(pick.sentence().sentence());
            boolean kind = Expectation.factor(pick.part(), text) >= Expectation.PREFERRED
                    && (!text.matches("\\d+") || Quantities.apposition(pick.sentence().sentence(), span));
            boolean focusedDate = pick.part().type() == AnswerType.DATE && scorer.coversFocus(pick.sentence().terms());
            if (!kind && !focusedDate) {
                return false;
            }
        }
        return true;
    }

    /**
     * The candidates below the first look's pool and every other sentence of the best candidates' articles, by
     * score (the article sentences scored as candidates are, without a passage prior).
     */
    private static List<ScoredSentence> sentences(List<ScoredSentence> ranked, SentenceScorer scorer,
                                                  SentenceSplitter splitter) {
        double floor = DirectAnswers.POOL_RATIO * ranked.get(0).score();
        List<ScoredSentence> wider = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<Article> articles = new LinkedHashSet<>();
        for (ScoredSentence s : ranked) {
            seen.add(s.key());
            if (articles.size() < ARTICLES) {
                articles.add(s.article());
            }
            if (s.score() < floor) {
                wider.add(s);
            }
        }
        for (Article article : articles) {
            Set<String> titleTerms = scorer.terms(article.title());
            for (Span span : splitter.split(article.body())) {
                String sentence = span.of(article.body());
                ScoredSentence s = scored(article, sentence, span.start(), scorer, titleTerms);
                if (sentence.split("\\s+").length >= CandidateSentences.MIN_WORDS && seen.add(s.key())) {
                    wider.add(s);
                }
            }
        }
        wider.sort(Comparator.comparingDouble(ScoredSentence::score).reversed());
        return wider;
    }

    private static ScoredSentence scored(Article article, String sentence, int start, SentenceScorer scorer,
                                         Set<String> titleTerms) {
        Set<String> terms = scorer.terms(sentence);
        Set<String> withTitle = new HashSet<>(terms);
        withTitle.addAll(titleTerms);
        return new ScoredSentence(article, sentence, start, start + sentence.length(), terms, scorer.coverage(terms),
                scorer.coveredUnits(withTitle), scorer.score(sentence, terms), scorer.coverage(withTitle));
    }
}
