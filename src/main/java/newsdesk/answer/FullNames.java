package newsdesk.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import newsdesk.chunk.SentenceSplitter;
import newsdesk.chunk.Span;

/**
 * The full form of a short name, as its own article gives it: news style names a person in full once ("Sam
 * Bankman-Fried") and by surname after ("Bankman-Fried"), and an organisation in full once ("Alameda Research")
 * and by its first word after ("Alameda"). A one-word answer is lengthened to a name of the same article that
 * ends with it and adds one or two words before it (a first name), or that starts with it and ends with an
 * organisation word ({@link NameSpans#ORG_WORDS}: "Alameda Research", "Caesars Sportsbook"). Nothing else is
 * lengthened: "Google" is not "Google Cloud", "Apple" not "Apple Watch" or "Apple News", and a place is not a longer
 * place. A word before the name at a sentence's start is no first name ("Will ChatGPT …", "Technically Amazon …").
 * The form given most often wins, the first one on ties. Pure: the span found is a verbatim substring of a sentence of
 * the article.
 */
final class FullNames {

    /** A longer form found: its sentence (offsets into the article body) and the name's span in that sentence. */
    record Found(String sentence, int start, int end, AnswerSpan span) {
    }

    /** At most this many words are added to the short name. */
    static final int MAX_ADDED = 2;

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private FullNames() {
    }

    /**
     * The pick of a name, lengthened to the full form its article gives when it is one word: the answer then comes
     * from the sentence naming it in full, and the sentence that answered is quoted right after it.
     */
    static DirectAnswers.Pick pick(QuestionPart part, WeighedSpan full, List<ScoredSentence> runnersUp) {
        ScoredSentence s = full.sentence();
        Found found = of(full.span().of(s.sentence()), s.article().body(), SPLITTER, part.type());
        if (found == null) {
            return new DirectAnswers.Pick(part, s, List.of(full.span()), runnersUp);
        }
        ScoredSentence named = new ScoredSentence(s.article(), found.sentence(), found.start(), found.end(), Set.of(),
                0, 0, 0, 0);
        List<ScoredSentence> after = new ArrayList<>();
        after.add(s);
        after.addAll(runnersUp);
        return new DirectAnswers.Pick(part, named, List.of(found.span()), after);
    }

    /**
     * The longer form of {@code name} (a span's text) in {@code body}, or {@code null} when there is none or the
     * name has more than one word, is all capitals ("FTX", "SBF") or is a country or region.
     */
    static Found of(String name, String body, SentenceSplitter splitter, AnswerType type) {
        if (name.contains(" ") || name.length() < 3 || name.equals(name.toUpperCase(Locale.ROOT))
                || NameWords.COUNTRIES.contains(name.toLowerCase(Locale.ROOT)) || body.indexOf(name) < 0) {
            return null;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Found> first = new LinkedHashMap<>();
        for (Span s : splitter.split(body)) {
            String sentence = s.of(body);
            if (!sentence.contains(name)) {
                continue;
            }
            for (NameSpans.Name n : NameSpans.in(sentence)) {
                String text = sentence.substring(n.start(), n.end());
                boolean opening = sentence.substring(0, n.start()).chars().noneMatch(Character::isLetterOrDigit);
                if (n.kind() != NameSpans.Kind.PLACE && longer(name, text) && !(opening && !text.startsWith(name))) {
                    counts.merge(text, 1, Integer::sum);
                    first.putIfAbsent(text, new Found(sentence, s.start(), s.end(),
                            new AnswerSpan(n.start(), n.end(), type, 1.0)));
                }
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best == null ? null : first.get(best);
    }

    /** Whether {@code text} is {@code name} with a first name before it, or with an organisation word after it. */
    static boolean longer(String name, String text) {
        String[] words = text.split("\\s+");
        if (words.length < 2 || words.length > 1 + MAX_ADDED) {
            return false;
        }
        String last = words[words.length - 1];
        if (last.equals(name)) {
            for (int i = 0; i < words.length - 1; i++) {
                if (!firstName(words[i])) {
                    return false;
                }
            }
            return true;
        }
        String suffix = last.toLowerCase(Locale.ROOT);
        return words[0].equals(name) && NameWords.ORG_WORDS.contains(suffix) && !NO_SUFFIX.contains(suffix);
    }

    /** A capitalised word that may be a first or middle name: no title, calendar word, country or all-capitals. */
    private static boolean firstName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && !word.equals(word.toUpperCase(Locale.ROOT))
                && !NameWords.TITLES.contains(lower) && !NameWords.CALENDAR.contains(lower)
                && !NameWords.COUNTRIES.contains(lower) && !NameWords.ORG_WORDS.contains(lower)
                && !NOT_FIRST.contains(lower);
    }

    /**
     * Organisation words that make a name another outlet or product ("Apple News", "Google AI") or add only a legal
     * form ("Google LLC"): no fuller name.
     */
    private static final Set<String> NO_SUFFIX = Set.of("news", "media", "times", "post", "journal", "network",
            "ai", "league", "club", "court", "board", "department", "inc", "inc.", "llc", "ltd", "plc", "corp",
            "corp.", "co.");
    private static final Set<String> NOT_FIRST = Set.of("the", "former", "new", "ex", "disgraced", "jailed");
}
