package newsdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Name spans checked against a sentence's phrase chunks ({@link Phrases}): a name must be a whole phrase. A name
 * that only modifies the noun after it in the same noun phrase ("the Tucson native", "the Tyson Fury-Oleksandr Usyk
 * card", "the “Bad Blood” singer") is not what it names and weighs {@link #MODIFIER_FACTOR} as much, unless that
 * noun is the question's head ("the Eras Tour film" for "Which film …?") or a name follows in the phrase ("Valve
 * engineer Pierre-Loup Griffais"). A half name missing a proper noun of its phrase ("Blacks" in "the All Blacks",
 * "York" in "New York") takes that word back; verbs, function words and a sentence's first word that is no proper
 * noun ("Loading Australia", "Fans") are trimmed from its edges, and a name with a verb inside is no name. Pure:
 * offsets stay offsets of the same sentence, so every span is still a verbatim substring.
 */
final class PhraseSpans {

    static final double MODIFIER_FACTOR = 0.3;
    static final double PHRASE_FIT = 0.8;
    private static final Set<String> FUNCTION_TAGS = Set.of("IN", "DT", "CC", "TO", "PRP", "PRP$", "WP", "WDT",
            "RB", "POS");
    private static final Set<String> QUOTE_TAGS = Set.of("``", "''", ":", "HYPH");

    private PhraseSpans() {
    }

    /** {@code spans} (names of one sentence) as whole phrases, for a question whose head noun is {@code head}. */
    static List<AnswerSpan> names(Phrases phrases, List<AnswerSpan> spans, String head) {
        return names(phrases, spans, head, Set.of());
    }

    /**
     * As {@link #names(Phrases, List, String)}; a name modifying a noun the question itself uses ("PlayStation
     * support" for "Which console's support …?", {@code asked}: the question's lower-case words) is what it asks for.
     */
    static List<AnswerSpan> names(Phrases phrases, List<AnswerSpan> spans, String head, Set<String> asked) {
        List<AnswerSpan> kept = new ArrayList<>();
        for (AnswerSpan span : spans) {
            AnswerSpan whole = whole(phrases, span, head, asked);
            if (whole != null && kept.stream().noneMatch(whole::overlaps)) {
                kept.add(whole);
            }
        }
        return kept;
    }

    /**
     * Noun phrases of the sentence holding a noun that starts like the last {@code head} word ("testing
     * technology" → "… testing tech") and some other word, without leading determiners, quotes and words
     * of the question ({@code asked}), nor trailing quotes: "A new “safety advisory group”" → "safety advisory
     * group" for "What is the new group … called?".
     */
    static List<AnswerSpan> nounPhrases(Phrases p, String head, Set<String> asked) {
        List<AnswerSpan> spans = new ArrayList<>();
        if (head == null) {
            return spans;
        }
        String noun = head.substring(head.lastIndexOf(' ') + 1);
        List<String> stems = noun.length() > 2 ? List.of(noun.substring(0, Math.min(noun.length(), 4))) : List.of();
        for (Phrases.Chunk chunk : p.chunks()) {
            if (!chunk.type().equals("NP") || !headed(p, chunk, stems)) {
                continue;
            }
            int first = chunk.first();
            int last = chunk.last() - 1;
            while (first <= last && (FUNCTION_TAGS.contains(p.tokens().get(first).tag())
                    || !Character.isLetterOrDigit(p.word(first).codePointAt(0)) || asked.contains(p.word(first)))) {
                first++;
            }
            while (last >= first && (QUOTE_TAGS.contains(p.tokens().get(last).tag())
                    || !Character.isLetterOrDigit(p.sentence().codePointAt(p.tokens().get(last).start())))) {
                last--;
            }
            if (first <= last && describes(p, first, last, stems)) {
                spans.add(new AnswerSpan(p.tokens().get(first).start(), p.tokens().get(last).end(),
                        AnswerType.PHRASE, PHRASE_FIT));
            }
        }
        return spans;
    }

    /** Whether tokens first..last hold a word other than the head noun ("safety" in "safety advisory group"). */
    private static boolean describes(Phrases p, int first, int last, List<String> stems) {
        for (int i = first; i <= last; i++) {
            String word = p.word(i);
            if (Character.isLetterOrDigit(word.codePointAt(0)) && stems.stream().noneMatch(word::startsWith)) {
                return true;
            }
        }
        return false;
    }

    private static boolean headed(Phrases p, Phrases.Chunk chunk, List<String> stems) {
        for (int i = chunk.first(); i < chunk.last(); i++) {
            String word = p.word(i);
            if (p.tokens().get(i).tag().startsWith("NN") && stems.stream().anyMatch(word::startsWith)) {
                return true;
            }
        }
        return false;
    }

    private static AnswerSpan whole(Phrases p, AnswerSpan span, String head, Set<String> asked) {
        int first = p.tokenAt(span.start());
        int last = p.tokenBefore(span.end());
        if (first < 0 || last < first || p.tokens().get(first).start() != span.start()
                || p.tokens().get(last).end() != span.end()) {
            return span;
        }
        while (first <= last && outside(p, first)) {
            first++;
        }
        while (last >= first && outside(p, last)) {
            last--;
        }
        if (first > last) {
            return null;
        }
        for (int i = first; i <= last; i++) {
            if (p.tokens().get(i).verb()) {
                return null;
            }
        }
        if (first > 1 && wholeWith(p, first - 1, first)) {
            first--;
        }
        double fit = span.fit() * (modifier(p, last, head, asked) ? MODIFIER_FACTOR : 1);
        return new AnswerSpan(p.tokens().get(first).start(), p.tokens().get(last).end(), span.type(), fit);
    }

    /**
     * Whether token {@code i} at a name's edge is no part of it: a verb, a preposition, determiner or conjunction,
     * or a sentence's first word tagged as anything but a proper noun ("Loading", "Tickets", "Fans").
     */
    private static boolean outside(Phrases p, int i) {
        Phrases.Token token = p.tokens().get(i);
        return token.verb() || FUNCTION_TAGS.contains(token.tag()) || opening(p, i) && !token.proper();
    }

    /** Whether token {@code i} is the sentence's first word (after any quotes or brackets). */
    private static boolean opening(Phrases p, int i) {
        for (int j = 0; j < i; j++) {
            if (Character.isLetterOrDigit(p.sentence().codePointAt(p.tokens().get(j).start()))) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code before} is a proper noun of the same phrase as {@code first}, and no title or month. */
    private static boolean wholeWith(Phrases p, int before, int first) {
        Phrases.Token token = p.tokens().get(before);
        String word = p.word(before);
        Phrases.Chunk chunk = p.chunkOf(first);
        return token.proper() && chunk != null && chunk.equals(p.chunkOf(before))
                && p.tokens().get(first).start() - token.end() == 1
                && Character.isUpperCase(p.sentence().codePointAt(token.start()))
                && !NameWords.TITLES.contains(word) && !NameWords.CALENDAR.contains(word);
    }

    /**
     * Whether the name ending at token {@code last} is followed, in its noun phrase, by a lower-case noun or
     * adjective (what it modifies: "native", "card", "singer"), other than the question's head noun, and not
     * followed by a name in the same phrase ("Valve engineer Pierre-Loup Griffais" names an affiliation).
     */
    private static boolean modifier(Phrases p, int last, String head, Set<String> asked) {
        Phrases.Chunk chunk = p.chunkOf(last);
        if (chunk == null || !chunk.type().equals("NP")) {
            return false;
        }
        int next = last + 1;
        while (next < chunk.last() && QUOTE_TAGS.contains(p.tokens().get(next).tag())) {
            next++;
        }
        if (next >= chunk.last()) {
            return false;
        }
        String noun = p.word(next);
        String tag = p.tokens().get(next).tag();
        boolean lower = Character.isLowerCase(p.sentence().codePointAt(p.tokens().get(next).start()))
                && (tag.startsWith("NN") || tag.startsWith("JJ"));
        boolean affiliation = false;
        for (int i = next + 1; i < chunk.last() && !affiliation; i++) {
            affiliation = p.tokens().get(i).proper();
        }
        return lower && !affiliation && !asked.contains(noun.toLowerCase(Locale.ROOT))
                && (head == null || head.length() < 3
                || !noun.startsWith(head.substring(0, Math.min(head.length(), 4))));
    }
}
