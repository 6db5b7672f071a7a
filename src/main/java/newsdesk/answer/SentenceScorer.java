package newsdesk.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores how well one sentence answers a question: the share of the question's IDF weight whose terms the sentence
 * contains ({@link #coverage}), plus a small bonus when the sentence has the kind of thing the question asks for
 * (a date for "when", a number for "how many", a name for "who").
 */
final class SentenceScorer {

    static final double ANSWER_TYPE_BONUS = 0.15;

    private static final Pattern WHEN = Pattern.compile("^\\s*(when|what (year|day|month|date|time))\\b");
    private static final Pattern HOW_MANY = Pattern.compile("^\\s*how (many|much|long|old|far)\\b");
    private static final Pattern WHO = Pattern.compile("^\\s*(who|whom|whose)\\b");
    private static final Pattern DATE_LIKE = Pattern.compile(
            "\\b(\\d{4}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may"
                    + "|june|july|august|september|october|november|december|yesterday|today|tomorrow|week|month"
                    + "|year|since|ago)\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d|\\b(one|two|three|four|five|six|seven|eight|nine|ten"
            + "|hundred|thousand|million|billion|dozen)\\b");
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}\\p{Ll}+(\\s+\\p{Lu}\\p{Ll}+)+");

    /** Words that frame what is asked rather than name it: never focus words. */
    private static final Pattern FRAME = Pattern.compile("(?i)\\bhow (many|much) \\p{L}+|\\bhow \\p{L}+"
            + "|\\b\\d[\\p{L}\\p{N}-]*|\\b(what|which) \\p{L}+|\\b(day|week|year|month|date|time|reportedly|new"
            + "|latest|first|last|current|currently|exactly|officially|now)\\b");

    /** Added to every IDF weight so that small corpora (where common names get a tiny IDF) still count them. */
    static final double IDF_SMOOTHING = 0.5;
    /** Words that shape a question but are not what it is about; they never count as content. */
    static final Set<String> QUESTION_WORDS = Set.of("who", "whom", "whose", "what", "when", "where",
            "which", "why", "how", "is", "are", "was", "were", "did", "does", "do", "will", "would", "can", "could",
            "has", "have", "had", "should", "may", "might", "according", "in", "on", "after", "before", "many",
            "much", "kind", "type", "any", "some", "about", "i", "me", "we", "you", "tell", "please", "know", "say",
            "said", "says");

    private static final Pattern ROLE_ACRONYM = Pattern.compile("\\b(CEO|CFO|COO|CTO|MVP)s?\\b");
    private static final Set<String> FOCUS_STOP = Set.of("the", "and", "for", "with", "from", "that", "this",
            "its", "their", "his", "her", "into", "onto", "over", "under", "than", "then", "there", "they", "them",
            "been", "being", "get", "got", "out", "all", "one", "not", "but", "who", "also");

    private final List<Set<String>> units;
    private final List<Set<String>> focus;
    private final List<String> focusWords;
    private final double[] weights;
    private final double totalWeight;
    private final String question;
    private final Set<String> questionWords;
    private final Function<String, List<String>> analyzer;

    SentenceScorer(String question, Function<String, List<String>> analyzer, ToDoubleFunction<String> idf) {
        this.question = question.toLowerCase(Locale.ROOT);
        this.analyzer = analyzer;
        this.units = units(question, analyzer);
        String framed = unframed(question);
        this.focusWords = List.of(WordSplit.words(framed.toLowerCase(Locale.ROOT)));
        this.focus = units(framed, analyzer);
        this.weights = new double[units.size()];
        double total = 0;
        for (int i = 0; i < units.size(); i++) {
            weights[i] = units.get(i).stream().mapToDouble(idf).max().orElse(0) + IDF_SMOOTHING;
            total += weights[i];
        }
        this.totalWeight = total;
        this.questionWords = new HashSet<>(List.of(this.question.split("[^\\p{L}\\p{N}]+")));
    }

    /**
     * The question's terms grouped into units: a run of capitalised words ("Xi Jinping", "New York") is one unit,
     * covered when a sentence has any of its terms, so a two-word name does not count twice.
     */
    static List<Set<String>> units(String question, Function<String, List<String>> analyzer) {
        List<Set<String>> units = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> name = null;
        for (String word : question.split("[^\\p{L}\\p{N}'’-]+")) {
            boolean questionWord = QUESTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
            List<String> terms = questionWord ? List.of() : analyzer.apply(word);
            boolean capitalised = !word.isEmpty() && Character.isUpperCase(word.charAt(0));
            if (terms.isEmpty()) {
                name = null;
                continue;
            }
            if (capitalised && name != null) {
                name.addAll(terms);
                seen.addAll(terms);
                continue;
            }
            Set<String> unit = new HashSet<>(terms);
            unit.removeAll(seen);
            if (unit.isEmpty()) {
                continue;
            }
            seen.addAll(unit);
            units.add(unit);
            name = capitalised ? unit : null;
        }
        return units;
    }

    /**
     * The question's focus words: its lower-case content words once the frame ("how much money", "what day",
     * numbers) and names are left out, e.g. "stays", "ceo", "deal" in "Who stays on as CEO of Cubic Telecom after the
     * SoftBank deal?". What the question asks about its names; the answer stands next to them.
     */
    static Set<String> focusWords(String question) {
        String framed = unframed(question);
        Set<String> words = new HashSet<>();
        for (String w : WordSplit.words(framed.toLowerCase(Locale.ROOT).replace('’', '\''))) {
            if (w.length() > 2 && !QUESTION_WORDS.contains(w) && !FOCUS_STOP.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** The question without its frame and names; role acronyms ("CEO") are words, not names. */
    private static String unframed(String question) {
        String roles = ROLE_ACRONYM.matcher(question).replaceAll(r -> r.group().toLowerCase(Locale.ROOT));
        return FRAME.matcher(roles).replaceAll(" ").replaceAll("\\b\\p{Lu}[\\p{L}\\p{N}'’-]*", " ");
    }

    /** Share in [0, 1] of the question's weight whose units appear in {@code terms}. */
    double coverage(Set<String> terms) {
        if (totalWeight <= 0) {
            return 0;
        }
        double found = 0;
        for (int i = 0; i < units.size(); i++) {
            for (String term : units.get(i)) {
                if (terms.contains(term)) {
                    found += weights[i];
                    break;
                }
            }
        }
        return found / totalWeight;
    }

    /**
     * Whether {@code terms} hold the question's focus, its first lower-case content word after the question's frame
     * (numbers, names and "how much money", "what day" left out): "paid" in "How much was Smith paid?", "crowd" in
     * "How big was the crowd?", "succeed" in "Who will succeed Kenwright as Everton chairman?"; true when the question
     * has none. A long question (more than {@link DirectAnswers#SHORT_QUESTION_WORDS} words, its focus is hard to
     * tell) needs any of its lower-case content words. A sentence naming the question's people but not what it asks
     * about them does not answer it.
     */
    boolean coversFocus(Set<String> terms) {
        List<Set<String>> asked = focus;
        return asked.isEmpty() || asked.stream().anyMatch(unit -> unit.stream().anyMatch(terms::contains));
    }

    /**
     * Whether a sentence or the text just before it in its article (where its subject was named) holds the
     * question's focus ({@link #coversFocus}) or a stand-in for one of its words: "How much was Zorro paid?" is not
     * answered by a sentence that only names Zorro.
     */
    boolean answersFocus(ScoredSentence s) {
        String before = s.article().body().substring(Math.max(0, s.start() - DirectAnswers.CONTEXT_CHARS), s.start());
        return coversFocus(s.terms()) || coversFocus(terms(before)) || coversFocusByStandIn(s.sentence())
                || coversFocusByStandIn(before);
    }

    /** Whether the text has a word standing in for one of the question's content words ({@link StandIns}). */
    private boolean coversFocusByStandIn(String text) {
        for (String word : WordSplit.words(text.toLowerCase(Locale.ROOT).replace('’', '\''))) {
            for (String f : focusWords) {
                if (f.length() > 1 && !f.equals(word) && StandIns.related(f, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many of the question's units appear in {@code terms}. */
    int coveredUnits(Set<String> terms) {
        int covered = 0;
        for (Set<String> unit : units) {
            for (String term : unit) {
                if (terms.contains(term)) {
                    covered++;
                    break;
                }
            }
        }
        return covered;
    }

    int unitCount() {
        return units.size();
    }

    Set<String> terms(String sentence) {
        return new HashSet<>(analyzer.apply(sentence));
    }

    /** Coverage plus the answer-type bonus when the sentence has what the question asks for. */
    double score(String sentence, Set<String> terms) {
        double score = coverage(terms);
        if (score > 0 && hasAnswerType(sentence)) {
            score += ANSWER_TYPE_BONUS;
        }
        return score;
    }

    /** Whether the question asks for a quantity ("how many", "how much", "how long", "how old", "how far"). */
    boolean asksForQuantity() {
        return HOW_MANY.matcher(question).find();
    }

    /** Whether the sentence holds what the question asks for: a date, a number or a new name (false otherwise). */
    boolean hasAnswerType(String sentence) {
        if (WHEN.matcher(question).find()) {
            return DATE_LIKE.matcher(sentence.toLowerCase(Locale.ROOT)).find();
        }
        if (HOW_MANY.matcher(question).find()) {
            return NUMBER.matcher(sentence.toLowerCase(Locale.ROOT)).find();
        }
        if (WHO.matcher(question).find()) {
            Matcher names = NAME.matcher(sentence);
            while (names.find()) {
                for (String word : names.group().toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (!questionWords.contains(word)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
