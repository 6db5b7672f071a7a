package newsdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in a sentence: runs of capitalised words ("Kim Jong Un", "Bank of America", "Inter Miami"), joined by a few
 * connectors, without leading titles ("President Trump" → "Trump") or sentence-opening function words, split at a
 * possessive ("Russia’s Vladimir Putin" → "Russia", "Vladimir Putin"). Each name is classed by its context: a person
 * (after a role word or title, before "said"), an organisation (a suffix such as "Inc" or "Bank"), a place (after
 * "in", "at", "from"), or plain; demonyms before a noun ("North Korean leader") and calendar words are not names.
 */
final class NameSpans {

    /** How a name's context classes it. */
    enum Kind { PERSON, ORG, PLACE, PLAIN, POSSESSIVE, ACRONYM, MODIFIER }

    /** One name: its offsets and kind. */
    record Name(int start, int end, Kind kind, int tokens) {
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.&-]*");
    private static final Set<String> CONNECTORS = Set.of("of", "de", "da", "van", "von", "der", "bin", "al", "la",
            "du", "&", "del", "for");
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "this", "that", "these", "those", "he", "she",
            "it", "they", "we", "i", "his", "her", "its", "their", "our", "but", "and", "or", "yet", "so", "if", "when",
            "while", "after", "before", "as", "at", "in", "on", "for", "from", "with", "without", "by", "to", "of",
            "also", "instead", "meanwhile", "however", "still", "then", "there", "here", "what", "who", "why", "how",
            "where", "which", "although", "though", "since", "until", "despite", "during", "according", "last",
            "next", "some", "many", "most", "all", "both", "each", "one", "no", "not", "now", "today", "even", "more",
            "other", "such", "under", "over", "about", "you", "your", "my", "earlier", "later", "new", "like",
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "through", "throughout", "having",
            "being", "another", "every", "several", "few", "any", "once", "only", "just", "already", "again", "amid",
            "among", "against", "within", "across", "along", "because", "unless", "whether", "either", "neither",
            "nor", "thus", "indeed", "perhaps", "details", "following", "including", "yesterday", "tomorrow");
    private static final Set<String> SAID = Set.of("said", "says", "told", "wrote", "added", "announced", "argued",
            "noted", "explained", "tweeted", "posted");
    private static final Set<String> INSTITUTIONS = Set.of("commission", "administration", "committee", "agency",
            "department", "ministry", "council", "board", "bureau", "authority", "institute", "association",
            "federation", "foundation", "office");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "across", "outside",
            "inside", "into", "toward", "towards", "visit", "visited", "visiting", "throughout", "around");
    /** Wire services whose credit opens a sentence ("AAP De Minaur, Popyrin power …"): not part of the name. */
    private static final Set<String> WIRES = Set.of("aap", "ap", "afp", "pa", "upi", "dpa", "ani", "pti", "ians", "efe",
            "ansa");
    /** Month abbreviations ("Arsenal 4-0 PSV Oct. 3"): dates, not part of a name. */
    private static final Set<String> MONTHS = Set.of("jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec",
            "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.");
    private static final Pattern DEMONYM = Pattern.compile(".*(ese|ian|ean|ish|ican|ench|utch|iss)$");

    private NameSpans() {
    }

    static List<Name> in(String sentence) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            int end = m.end();
            if (end - m.start() > 2 && (sentence.startsWith("'s", end - 2) || sentence.startsWith("’s", end - 2))) {
                end -= 2;
            }
            if (sentence.startsWith("-based", end - 6) && end - 6 > m.start()) {
                end -= 6;
            }
            while (end > m.start() && ".'’-".indexOf(sentence.charAt(end - 1)) >= 0
                    && !isAbbreviation(sentence, m.start(), end)) {
                end--;
            }
            tokens.add(new int[] {m.start(), end});
        }
        List<Name> names = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!capitalised(sentence, tokens.get(i)) || dateline(sentence, tokens.get(i))) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            while (!possessive(sentence, tokens.get(last)) && last + 1 < tokens.size()) {
                int next = last + 1;
                if (capitalised(sentence, tokens.get(next)) && adjacent(sentence, tokens.get(last), tokens.get(next))) {
                    last = next;
                } else if (next + 1 < tokens.size() && (CONNECTORS.contains(word(sentence, tokens.get(next)))
                        || word(sentence, tokens.get(next)).equals("to")
                        && INSTITUTIONS.contains(word(sentence, tokens.get(last))))
                        && capitalised(sentence, tokens.get(next + 1))) {
                    last = next + 1;
                } else if ((last == first || last == first + 1 && OPENERS.contains(word(sentence,
                        tokens.get(first)))) && word(sentence, tokens.get(next)).equals("and")
                        && !NameWords.COUNTRIES.contains(word(sentence, tokens.get(last)))
                        && institution(sentence, tokens, next + 1) > 0) {
                    last = institution(sentence, tokens, next + 1);
                } else {
                    break;
                }
            }
            addName(sentence, tokens, first, last, names);
            i = last + 1;
        }
        return names;
    }

    /**
     * The last token of a run of up to three capitalised words from {@code from} that ends with an institution's
     * word ("Exchange Commission", "Drug Administration"), or -1: "Securities and Exchange Commission" is one name,
     * "Kim and Putin" two.
     */
    private static int institution(String sentence, List<int[]> tokens, int from) {
        for (int t = from; t < Math.min(tokens.size(), from + 3) && capitalised(sentence, tokens.get(t))
                && (t == from || adjacent(sentence, tokens.get(t - 1), tokens.get(t))); t++) {
            if (INSTITUTIONS.contains(word(sentence, tokens.get(t)))) {
                return t;
            }
        }
        return -1;
    }

    private static void addName(String sentence, List<int[]> tokens, int first, int last, List<Name> names) {
        boolean titled = false;
        while (first <= last) {
            String w = word(sentence, tokens.get(first));
            boolean opener = OPENERS.contains(w) && (first == 0 || !w.equals("the") || first == last)
                    || first == 0 && first < last && WIRES.contains(w);
            if (opener || NameWords.CALENDAR.contains(w) || MONTHS.contains(w)) {
                first++;
            } else if (NameWords.TITLES.contains(w) && first < last) {
                titled = true;
                first++;
            } else {
                break;
            }
        }
        while (last >= first && (NameWords.CALENDAR.contains(word(sentence, tokens.get(last)))
                || MONTHS.contains(word(sentence, tokens.get(last)))
                || CONNECTORS.contains(word(sentence, tokens.get(last))))) {
            last--;
        }
        if (first > last) {
            return;
        }
        for (int t = first + 1; t < last; t++) {
            if (NameWords.ROLE_TITLES.contains(word(sentence, tokens.get(t)))) {
                // "Fed Chair Paul Volcker", "Apple CEO Tim Cook": the organisation, then the titled person.
                addName(sentence, tokens, first, t - 1, names);
                addName(sentence, tokens, t, last, names);
                return;
            }
        }
        int start = tokens.get(first)[0];
        int end = tokens.get(last)[1];
        if (end - start < 2 && !Character.isDigit(sentence.charAt(start))) {
            return;
        }
        names.add(new Name(start, end, kind(sentence, tokens, first, last, titled), last - first + 1));
    }

    private static Kind kind(String sentence, List<int[]> tokens, int first, int last, boolean titled) {
        String lastWord = word(sentence, tokens.get(last));
        String after = last + 1 < tokens.size() ? word(sentence, tokens.get(last + 1)) : "";
        boolean lowerAfter = last + 1 < tokens.size() && !capitalised(sentence, tokens.get(last + 1))
                && adjacent(sentence, tokens.get(last), tokens.get(last + 1));
        if (possessive(sentence, tokens.get(last)) && last + 1 < tokens.size()
                && capitalised(sentence, tokens.get(last + 1))) {
            return Kind.MODIFIER;
        }
        if (possessive(sentence, tokens.get(last))) {
            return Kind.POSSESSIVE;
        }
        if (lowerAfter && DEMONYM.matcher(lastWord).matches() && !SAID.contains(after)) {
            return Kind.MODIFIER;
        }
        for (int t = first; t <= last; t++) {
            if (NameWords.ORG_WORDS.contains(word(sentence, tokens.get(t)))) {
                return Kind.ORG;
            }
        }
        String name = sentence.substring(tokens.get(first)[0], tokens.get(last)[1]).toLowerCase(Locale.ROOT);
        if (NameWords.COUNTRIES.contains(name.replaceFirst("^the ", ""))) {
            return Kind.PLACE;
        }
        String before = first > 0 ? word(sentence, tokens.get(first - 1)) : "";
        String text = sentence.substring(tokens.get(first)[0], tokens.get(last)[1]);
        if (text.chars().anyMatch(Character::isDigit)
                || first == last && text.length() <= 4 && text.equals(text.toUpperCase(Locale.ROOT))) {
            return Kind.ACRONYM;
        }
        boolean saidAfter = SAID.contains(after) && last + 1 < tokens.size()
                && adjacent(sentence, tokens.get(last), tokens.get(last + 1));
        if (titled || NameWords.ROLES.contains(before) || saidAfter) {
            return Kind.PERSON;
        }
        if (PLACE_PREPOSITIONS.contains(before) || sentence.startsWith("-based", tokens.get(last)[1])) {
            return Kind.PLACE;
        }
        return Kind.PLAIN;
    }

    private static boolean capitalised(String sentence, int[] token) {
        String text = sentence.substring(token[0], token[1]);
        if (text.equals("I")) {
            return false;
        }
        int c = text.codePointAt(0);
        return Character.isUpperCase(c) || Character.isLowerCase(c) && text.length() > 1
                && Character.isUpperCase(text.codePointAt(1));
    }

    /** "BEIJING—": the all-capitals place line that opens a wire story, not a name in the sentence. */
    private static boolean dateline(String sentence, int[] token) {
        String text = sentence.substring(token[0], token[1]);
        return token[0] == 0 && text.length() > 3 && text.equals(text.toUpperCase(Locale.ROOT))
                && sentence.startsWith("—", token[1]);
    }

    private static boolean possessive(String sentence, int[] token) {
        return sentence.startsWith("'s", token[1]) || sentence.startsWith("’s", token[1]);
    }

    private static boolean adjacent(String sentence, int[] a, int[] b) {
        String gap = sentence.substring(a[1], b[0]);
        return gap.isBlank() && !gap.contains("\n") || gap.equals("-");
    }

    private static boolean isAbbreviation(String sentence, int start, int end) {
        String text = sentence.substring(start, end);
        return text.matches("(\\p{Lu}\\.)+|(Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|Rev|St|Jr|Sr|Inc|Corp|Co|Ltd)\\.");
    }

    private static String word(String sentence, int[] token) {
        return sentence.substring(token[0], token[1]).toLowerCase(Locale.ROOT);
    }
}
