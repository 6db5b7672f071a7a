package newsdesk.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;


/**
 * Chooses the direct answer of each typed question part among the best sentences: every span of the expected type
 * that does not merely repeat the question is weighed by its sentence's score (plus what its article's title
 * covers), its fit to the type, its {@link Closeness} to the question's focus words and, for names, dates and
 * numbers repeated by other good sentences, their support. A list question ("Who is going?") takes every span of
 * the best span's sentence that fits and weighs nearly as well; a single name is given in its fullest form. A
 * question about the future takes no date from a sentence about the past ({@link Tense}).
 * A name sharing a word with a name in the question ("Donald Trump" for "… that Trump committed fraud?") is what
 * the question is about, not its answer.
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
    static final double LIST_FIT_RATIO = 0.8;
    static final int MAX_LIST = 6;
    static final double HEAD_BONUS = 1.2;
    /**
     * A question of at most this many words names what it is about: each of its names must be in the answering
     * sentence or its article's title ("When will Kim visit Seoul?" is not answered by "Kim's visit to China").
     */
    static final int SHORT_QUESTION_WORDS = 15;
    static final int CONTEXT_CHARS = 250;
    /** A list answer takes the best span's sentence's other spans weighing at least this share of the best. */
    static final double LIST_LOCAL_RATIO = 0.6;
    static final double FULL_NAME_RATIO = 0.4;
    static final double RUNNER_UP_RATIO = 0.5;
    static final int MAX_RUNNERS_UP = 1;
    /** Share of the question's weight covered by the article's title that counts toward a sentence's relevance. */
    static final double CONTEXT_WEIGHT = 0.5;
    static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "for", "and",
            "or", "is", "are", "was", "were", "be", "will", "would", "did", "does", "do", "has", "have", "had", "by",
            "with", "from", "that", "this", "it", "its", "as", "about", "what", "who", "whom", "whose", "when",
            "where", "which", "why", "how", "many", "much", "day", "week", "there");

    private DirectAnswers() {
    }

    static List<Pick> find(QuestionAnalysis analysis, List<ScoredSentence> ranked, String question) {
        return find(analysis, ranked, question, s -> true);
    }

    /** As {@link #find(QuestionAnalysis, List, String)}, taking spans only from sentences that {@code answers}. */
    static List<Pick> find(QuestionAnalysis analysis, List<ScoredSentence> ranked, String question,
                           Predicate<ScoredSentence> answers) {
        Set<String> questionWords = words(question);
        Set<String> keys = new HashSet<>(questionWords);
        keys.removeAll(STOP);
        Set<String> focus = SentenceScorer.focusWords(beforeApposition(question));
        boolean future = Tense.future(question);
        List<List<String>> asked = names(question);
        Set<String> askedWords = new HashSet<>();
        asked.forEach(n -> n.forEach(w -> askedWords.addAll(words(w))));
        List<List<String>> names = question.split("\\s+").length <= SHORT_QUESTION_WORDS ? asked : List.of();
        List<ScoredSentence> pool = new ArrayList<>();
        Map<String, Set<String>> bodies = new HashMap<>();
        for (ScoredSentence s : ranked) {
            if (pool.size() == POOL || s.score() < POOL_RATIO * ranked.get(0).score()) {
                break;
            }
            if (mentionsAll(s, names, bodies) && answers.test(s)) {
                pool.add(s);
            }
        }
        List<Pick> picks = new ArrayList<>();
        for (QuestionPart part : analysis.parts()) {
            if (part.type() != AnswerType.OPEN) {
                Pick pick = pick(part, pool, questionWords, keys, focus, future, askedWords);
                if (pick != null) {
                    picks.add(pick);
                }
            }
        }
        return picks;
    }

    private static Pick pick(QuestionPart part, List<ScoredSentence> pool, Set<String> questionWords,
                             Set<String> keys, Set<String> focus, boolean future, Set<String> askedNames) {
        boolean named = part.type() != AnswerType.DATE && part.type() != AnswerType.NUMBER;
        List<Weighed> all = new ArrayList<>();
        for (ScoredSentence s : pool) {
            if (part.type() == AnswerType.DATE && future && !Tense.ahead(s.sentence())) {
                continue;
            }
            for (AnswerSpan span : AnswerSpans.in(s.sentence(), part.type())) {
                String text = span.of(s.sentence());
                if (part.type() == AnswerType.DATE && future && Tense.past(text, s.article())) {
                    continue;
                }
                Set<String> spanWords = words(text);
                boolean asked = named && spanWords.stream().anyMatch(askedNames::contains);
                if (!asked && !questionWords.containsAll(spanWords)) {
                    double relevance = s.score() + CONTEXT_WEIGHT * (s.contextCoverage() - s.coverage());
                    double local = relevance * span.fit() * Closeness.of(s.sentence(), span, keys, focus, future)
                            * head(part, s.sentence(), span) * Expectation.factor(part, text);
                    if (local <= 0) {
                        continue;
                    }
                    all.add(new Weighed(s, span, words(text), local));
                }
            }
        }
        Weighed best = null;
        double bestScore = 0;
        for (Weighed w : all) {
            double support = 0;
            for (Weighed other : all) {
                boolean same = part.type() == AnswerType.DATE || part.type() == AnswerType.NUMBER
                        ? w.words().equals(other.words()) : shares(w.words(), other.words());
                if (other.sentence() != w.sentence() && same) {
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
            Weighed full = fullest(part, best, all);
            return new Pick(part, full.sentence(), List.of(full.span()), runnersUp(full, all, bestScore));
        }
        List<AnswerSpan> spans = new ArrayList<>();
        for (Weighed w : all) {
            if (w.sentence() == best.sentence() && w.span().fit() >= LIST_FIT_RATIO * best.span().fit()
                    && w.local() >= LIST_LOCAL_RATIO * best.local() && spans.size() < MAX_LIST) {
                spans.add(w.span());
            }
        }
        return new Pick(part, best.sentence(), spans);
    }

    /** The sentences (other than the pick's) of the best other spans weighing at least RUNNER_UP_RATIO of it. */
    private static List<ScoredSentence> runnersUp(Weighed pick, List<Weighed> all, double bestScore) {
        List<ScoredSentence> sentences = new ArrayList<>();
        all.stream().filter(w -> w.sentence() != pick.sentence() && w.local() >= RUNNER_UP_RATIO * bestScore)
                .sorted((a, b) -> Double.compare(b.local(), a.local()))
                .forEach(w -> {
                    if (!sentences.contains(w.sentence()) && sentences.size() < MAX_RUNNERS_UP) {
                        sentences.add(w.sentence());
                    }
                });
        return sentences;
    }

    /**
     * The fullest form of the chosen name among the candidates: "Sam Bankman-Fried" rather than "Bankman-Fried"
     * when a good sentence names him in full (its weight at least {@code FULL_NAME_RATIO} of the chosen one's).
     */
    private static Weighed fullest(QuestionPart part, Weighed best, List<Weighed> all) {
        if (part.type() == AnswerType.DATE || part.type() == AnswerType.NUMBER) {
            return best;
        }
        Weighed full = best;
        for (Weighed w : all) {
            if (w.words().size() > full.words().size() && w.words().containsAll(best.words())
                    && w.local() >= FULL_NAME_RATIO * best.local()) {
                full = w;
            }
        }
        return full;
    }

    /**
     * {@code HEAD_BONUS} when the span is the question's head noun's: a number with it as unit ("how many troops" →
     * "5,000 troops"), a name right after it ("Which leaders …?" → "leader Kim Jong Un"); else 1.
     */
    private static double head(QuestionPart part, String sentence, AnswerSpan span) {
        if (part.head() == null || part.head().length() < 3) {
            return 1;
        }
        String stem = part.head().substring(0, Math.min(part.head().length(), 5));
        String text = part.type() == AnswerType.NUMBER ? span.of(sentence)
                : sentence.substring(Math.max(0, span.start() - 25), span.start());
        return text.toLowerCase(Locale.ROOT).contains(stem) ? HEAD_BONUS : 1;
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

    /** The question's names: runs of capitalised words after its first word, each run lower-cased. */
    private static List<List<String>> names(String question) {
        List<List<String>> names = new ArrayList<>();
        String[] tokens = question.split("\\s+");
        List<String> run = new ArrayList<>();
        for (int i = 1; i <= tokens.length; i++) {
            String word = i == tokens.length ? ""
                    : tokens[i].replaceAll("^[^\\p{L}\\p{N}]+|([’']s)?[^\\p{L}\\p{N}]*$", "");
            if (word.length() > 1 && Character.isUpperCase(word.codePointAt(0))) {
                run.add(word.toLowerCase(Locale.ROOT));
            } else if (!run.isEmpty()) {
                names.add(run);
                run = new ArrayList<>();
            }
        }
        return names;
    }

    /**
     * Whether each name has a word in the sentence, the text just before it (where "he" or "the company" was
     * named), its article's title, or its article's outlet and byline ("as the Metro Ledger reported", "according
     * to Reuters" name where the sentence was published, not something in it). A question naming two or more
     * things may leave one of them to the rest of the article ("Which investor led the Munich neobroker Scalable
     * Capital's round?" is answered by "Balderton is leading the round" in the Scalable Capital story).
     */
    private static boolean mentionsAll(ScoredSentence s, List<List<String>> names,
                                       Map<String, Set<String>> bodies) {
        if (names.isEmpty()) {
            return true;
        }
        String before = s.article().body().substring(Math.max(0, s.start() - CONTEXT_CHARS), s.start());
        String published = Objects.toString(s.article().source(), "") + " " + Objects.toString(s.article().author(), "");
        Set<String> words = new HashSet<>(Arrays.asList((before + " " + s.sentence() + " " + s.article().title() + " "
                + published).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        long missing = names.stream().filter(name -> name.stream().noneMatch(words::contains)).count();
        if (missing == 0) {
            return true;
        }
        if (missing > 1 || names.size() < 2) {
            return false;
        }
        Set<String> article = bodies.computeIfAbsent(s.article().id(), id -> words(s.article().body()));
        return names.stream().allMatch(name -> name.stream().anyMatch(w -> article.contains(w)
                || w.length() > 3 && w.endsWith("s") && article.contains(w.substring(0, w.length() - 1))));
    }

    private static boolean shares(Set<String> a, Set<String> b) {
        for (String w : a) {
            if (w.length() > 2 && b.contains(w)) {
                return true;
            }
        }
        return false;
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

    private record Weighed(ScoredSentence sentence, AnswerSpan span, Set<String> words, double local) {
    }
}
