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
import java.util.regex.Pattern;

/**
 * The names a question asks about (runs of capitalised words after its first word, lower-cased) and whether a
 * sentence mentions them. A short question (at most {@link DirectAnswers#SHORT_QUESTION_WORDS} words) names what it
 * is about: each of its names must be in the answering sentence, the text just before it, its article's title or
 * byline ("When will Kim visit Seoul?" is not answered by "Kim's visit to China"); a longer one is not checked.
 * Keeps the word sets of the article bodies it reads, so one instance serves one question.
 */
final class AskedNames {

    private static final Pattern DOTTED = Pattern.compile("(?<![\\p{L}.])(\\p{Lu})\\.(\\p{Lu})\\.(?:(\\p{Lu})\\.)?");

    private final List<List<String>> asked;
    private final List<List<String>> required;
    private final Set<String> words = new HashSet<>();
    private final Map<String, Set<String>> bodies = new HashMap<>();

    AskedNames(String question) {
        this.asked = names(question);
        this.required = question.split("\\s+").length <= DirectAnswers.SHORT_QUESTION_WORDS ? asked : List.of();
        asked.forEach(n -> n.forEach(w -> words.addAll(DirectAnswers.words(w))));
    }

    /** The (stemmed) words of every name the question asks about. */
    Set<String> words() {
        return words;
    }

    /**
     * Whether each name has a word in the sentence, the text just before it (where "he" or "the company" was
     * named), its article's title, or its article's outlet and byline ("as the Metro Ledger reported", "according
     * to Reuters" name where the sentence was published, not something in it). A question naming two or more
     * things may leave one of them to the rest of the article ("Which investor led the Munich neobroker Scalable
     * Capital's round?" is answered by "Balderton is leading the round" in the Scalable Capital story).
     */
    boolean mentionedBy(ScoredSentence s) {
        if (required.isEmpty()) {
            return true;
        }
        String before = s.article().body().substring(Math.max(0, s.start() - DirectAnswers.CONTEXT_CHARS), s.start());
        String published = Objects.toString(s.article().source(), "") + " " + Objects.toString(s.article().author(), "");
        Set<String> near = new HashSet<>(Arrays.asList(undotted(before + " " + s.sentence() + " "
                + s.article().title() + " " + published).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        long missing = required.stream().filter(name -> name.stream().noneMatch(near::contains)).count();
        if (missing == 0) {
            return true;
        }
        if (missing > 1 || required.size() < 2) {
            return false;
        }
        Set<String> article = bodies.computeIfAbsent(s.article().id(),
                id -> DirectAnswers.words(undotted(s.article().body())));
        return required.stream().allMatch(name -> name.stream().anyMatch(w -> article.contains(w)
                || w.length() > 3 && w.endsWith("s") && article.contains(w.substring(0, w.length() - 1))));
    }

    /** Dotted initials as one word: "U.S." and "U.K." name what "US" and "UK" name. */
    static String undotted(String text) {
        return DOTTED.matcher(text).replaceAll("$1$2$3");
    }

    private static List<List<String>> names(String question) {
        List<List<String>> names = new ArrayList<>();
        String[] tokens = undotted(question).split("\\s+");
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
}
