package newsdesk.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The word-level views the citation checks compare: content words and runs of consecutive words. */
final class LlmWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Function words and reporting verbs, which say nothing about whether a claim is supported. */
    private static final Set<String> STOPWORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in",
            "on", "at", "by", "for", "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "has",
            "have", "had", "do", "does", "did", "it", "its", "this", "that", "these", "those", "he", "she", "they",
            "his", "her", "their", "them", "him", "we", "our", "you", "your", "i", "not", "no", "so", "than", "then",
            "there", "which", "who", "whom", "what", "when", "where", "while", "also", "after", "before", "about",
            "into", "over", "said", "says", "say", "according", "will", "would", "could", "should", "can", "may",
            "s", "t");

    private LlmWords() {
    }

    /** The lower-cased words of {@code text}. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** The distinct content words of {@code text}, lightly stemmed, in order of first appearance. */
    static Set<String> content(String text) {
        Set<String> content = new LinkedHashSet<>();
        for (String word : words(text)) {
            if (!STOPWORDS.contains(word)) {
                content.add(stem(word));
            }
        }
        return content;
    }

    /** Every run of {@code n} consecutive words of {@code text}, joined by single spaces. */
    static Set<String> shingles(String text, int n) {
        List<String> words = words(text);
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + n <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + n)));
        }
        return shingles;
    }

    /** A light plural and past-tense folding, so that "talks"/"talk" and "visited"/"visit" meet. */
    static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && (word.endsWith("ed") || word.endsWith("es"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
