package newsdesk.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Chooses the direct answer of each typed question part among the best sentences: every span of the expected type
 * that does not merely repeat the question is weighed by its sentence's score (plus what its article's title
 * covers), its fit to the type, its {@link Closeness} to the question's focus words and, for names, dates and
 * numbers repeated by other good sentences, their support. A list question ("Who is going?") takes every span of
 * the best span's sentence that fits and weighs nearly as well; a single name is given in its fullest form. A
 * question about the future takes no date from a sentence about the past ({@link Tense}).
 * A name sharing a word with a name in the question ("Donald Trump" for "… that Trump committed fraud?"), or with
 * a name a pooled sentence glosses as one of them ({@link Aliases}), is what the question is about, not its answer.
 */
final class DirectAnswers {

    /**
     * One part's answer: the sentence it comes from and its span(s) there, in sentence order, and the sentences of
     * the next best spans of a single answer (quoted after it, so that a near miss still shows the answer).
     */
    record Pick(QuestionPart part, ScoredSentence sentence, List<AnswerSpan> spans, List<ScoredSentence> runnersUp) {

        Pick(QuestionPart part, ScoredSentence sentence, List<AnswerSpan> spans) {
            this(part, sentence, spans, List.of());
        }
    }

    static final int POOL = 20;
    static final double POOL_RATIO = 0.3;
    static final double SUPPORT = 0.5;
    /**
     * Sentences tagged per question part ({@link PhraseTagger}, a few milliseconds each): those of the best
     * candidates found without tags, or the best pooled sentences for a {@link AnswerType#PHRASE} question.
     */
    static final int TAGGED_SENTENCES = 5;
    /** A question of at most this many words names what it is about ({@link AskedNames}). */
    static final int SHORT_QUESTION_WORDS = 15;
    static final int CONTEXT_CHARS = 250;
    /** Share of the question's weight covered by the article's title that counts toward a sentence's relevance. */
    static final double CONTEXT_WEIGHT = 0.5;
    static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "for", "and",
            "or", "is", "are", "was", "were", "be", "will", "would", "did", "does", "do", "has", "have", "had", "by",
            "with", "from", "that", "this", "it", "its", "as", "about", "what", "who", "whom", "whose", "when",
            "where", "which", "why", "how", "many", "much", "day", "week", "there");

    private DirectAnswers() {
    }

    static List<Pick> find(QuestionAnalysis analysis, List<ScoredSentence> ranked, String question) {
        return find(analysis, ranked, question, s -> true, null);
    }

    /**
     * As {@link #find(QuestionAnalysis, List, String)}, taking spans only from sentences that {@code answers}, and
     * checking names against the phrase chunks of their sentence ({@link PhraseSpans}) when {@code tagger} is not
     * null; only sentences holding a candidate name are tagged.
     */
    static List<Pick> find(QuestionAnalysis analysis, List<ScoredSentence> ranked, String question,
                           Predicate<ScoredSentence> answers, PhraseTagger tagger) {
        Set<String> questionWords = words(question);
        Set<String> keys = new HashSet<>(questionWords);
        keys.removeAll(STOP);
        Set<String> focus = SentenceScorer.focusWords(beforeApposition(question));
        boolean future = Tense.future(question);
        AskedNames asked = new AskedNames(question);
        List<ScoredSentence> pool = new ArrayList<>();
        for (ScoredSentence s : ranked) {
            if (pool.size() == POOL || s.score() < POOL_RATIO * ranked.get(0).score()) {
                break;
            }
            if (asked.mentionedBy(s) && answers.test(s)) {
                pool.add(s);
            }
        }
        Set<String> askedWords = new HashSet<>(asked.words());
        pool.forEach(s -> askedWords.addAll(Aliases.of(s.sentence(), asked.words())));
        List<Pick> picks = new ArrayList<>();
        for (QuestionPart part : analysis.parts()) {
            if (part.type() != AnswerType.OPEN) {
                Pick pick = pick(part, pool, new Focus(questionWords, keys, focus, future, askedWords,
                        plainWords(question)), tagger);
                if (pick != null) {
                    picks.add(pick);
                }
            }
        }
        return picks;
    }

    private static Pick pick(QuestionPart part, List<ScoredSentence> pool, Focus q, PhraseTagger tagger) {
        boolean named = part.type() != AnswerType.DATE && part.type() != AnswerType.NUMBER;
        List<WeighedSpan> all;
        if (tagger != null && part.type() == AnswerType.PHRASE) {
            List<ScoredSentence> best = pool.subList(0, Math.min(pool.size(), TAGGED_SENTENCES));
            all = weigh(part, best, q, s -> PhraseSpans.nounPhrases(tagger.of(s.sentence()), part.head(),
                    q.plainWords()));
        } else {
            all = weigh(part, pool, q, s -> AnswerSpans.in(s.sentence(), part));
            if (tagger != null && named) {
                Set<ScoredSentence> tagged = new HashSet<>();
                all.stream().sorted((a, b) -> Double.compare(b.local(), a.local())).map(WeighedSpan::sentence)
                        .distinct().limit(TAGGED_SENTENCES).forEach(tagged::add);
                all = weigh(part, pool, q, s -> tagged.contains(s) ? PhraseSpans.names(tagger.of(s.sentence()),
                        AnswerSpans.in(s.sentence(), part), part.head(), q.plainWords())
                        : AnswerSpans.in(s.sentence(), part));
            }
        }
        WeighedSpan best = null;
        double bestScore = 0;
        for (WeighedSpan w : all) {
            double support = 0;
            for (WeighedSpan other : all) {
                if (other.sentence() != w.sentence() && w.same(other, !named)) {
                    support += other.local();
                }
            }
            double score = w.local() + (part.list() ? 0 : SUPPORT * Math.min(support, w.local() * 2));
            if (score > bestScore) {
                best = w;
                bestScore = score;
            }
        }
        if (best == null) {
            return null;
        }
        if (!part.list()) {
            WeighedSpan full = named ? WeighedSpan.fullest(best, all) : best;
            List<ScoredSentence> runnersUp = WeighedSpan.runnersUp(full, all, bestScore);
            return named && part.type() != AnswerType.PLACE ? FullNames.pick(part, full, runnersUp)
                    : new Pick(part, full.sentence(), List.of(full.span()), runnersUp);
        }
        return new Pick(part, best.sentence(), WeighedSpan.list(best, all));
    }

    /** Every candidate span of the pool's sentences ({@code spans} finds them) that is no question word, weighed. */
    private static List<WeighedSpan> weigh(QuestionPart part, List<ScoredSentence> pool, Focus q,
                                           Function<ScoredSentence, List<AnswerSpan>> spans) {
        boolean named = part.type() != AnswerType.DATE && part.type() != AnswerType.NUMBER;
        List<WeighedSpan> all = new ArrayList<>();
        for (ScoredSentence s : pool) {
            if (part.type() == AnswerType.DATE && q.future() && !Tense.ahead(s.sentence())) {
                continue;
            }
            for (AnswerSpan span : spans.apply(s)) {
                String text = span.of(s.sentence());
                if (part.type() == AnswerType.DATE && q.future() && Tense.past(text, s.article())) {
                    continue;
                }
                Set<String> spanWords = words(text);
                boolean headed = named && headed(part, text);
                boolean asked = named && spanWords.stream().anyMatch(q.askedNames()::contains) && !headed;
                if (!asked && (headed || !q.questionWords().containsAll(spanWords))) {
                    double relevance = s.score() + CONTEXT_WEIGHT * (s.contextCoverage() - s.coverage());
                    double fit = named && Closeness.agent(s.sentence(), span, q.focus()) ? 1 : span.fit();
                    double local = relevance * fit
                            * Closeness.of(s.sentence(), span, q.keys(), q.focus(), q.future())
                            * HeadFit.head(part, s.sentence(), span) * Expectation.factor(part, text)
                            * (named ? HeadFit.factor(part, s.sentence(), span) : 1);
                    if (local > 0) {
                        all.add(new WeighedSpan(s, span, spanWords, local));
                    }
                }
            }
        }
        return all;
    }

    /**
     * Whether the name ends with the question's head noun ("Arizona Stadium" for "Which stadium hosted Arizona's
     * …?"): then it is the answer even though it shares its words with the question.
     */
    private static boolean headed(QuestionPart part, String text) {
        if (part.head() == null || part.head().length() < 4 || !text.contains(" ")) {
            return false;
        }
        String last = text.substring(text.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return last.startsWith(part.head().substring(0, Math.min(part.head().length(), 5)));
    }

    /**
     * The question up to an apposition describing what it names ("Who is the CEO of Pebble, the app formerly called
     * T2?" → "Who is the CEO of Pebble"): the words after the comma say which Pebble, not what is asked about it. The
     * whole question when nothing it asks about would be left, and for a long question (more than
     * {@code SHORT_QUESTION_WORDS} words), whose commas more often set off what it asks than describe a name.
     */
    static String beforeApposition(String question) {
        int comma = question.indexOf(", ");
        if (comma < 0 || question.split("\\s+").length > SHORT_QUESTION_WORDS) {
            return question;
        }
        String head = question.substring(0, comma);
        return SentenceScorer.focusWords(head).isEmpty() ? question : head;
    }

    /** The question's words, lower-cased, as they are (not stemmed). */
    private static Set<String> plainWords(String question) {
        return new HashSet<>(Arrays.asList(question.toLowerCase(Locale.ROOT).replace('’', '\'')
                .split("[^\\p{L}\\p{N}]+")));
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w.endsWith("s") && w.length() > 3 && !w.endsWith("ss") ? w.substring(0, w.length() - 1)
                        : w);
            }
        }
        return words;
    }

    /** What the question asks about: all its words, its key and focus words, its tense, its names' words. */
    private record Focus(Set<String> questionWords, Set<String> keys, Set<String> focus, boolean future,
                         Set<String> askedNames, Set<String> plainWords) {
    }
}
