package newsdesk.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Candidate answers of one {@link AnswerType} in a sentence, by cheap heuristics (no model, microseconds per
 * sentence): names for people, organisations, places and named things ({@link NameSpans}), dates and numbers
 * ({@link DateNumberSpans}). Each span's fit says how well its context matches the type: for a "who" question a name
 * after "leader" or before "said" fits fully, a name after "in" hardly. {@link AnswerType#OPEN} has no spans.
 */
final class AnswerSpans {

    /** Fit of a name of each kind, per expected answer type. */
    private static final Map<AnswerType, Map<NameSpans.Kind, Double>> NAME_FIT = Map.of(
            AnswerType.PERSON_OR_ORG, Map.of(NameSpans.Kind.PERSON, 1.0, NameSpans.Kind.ORG, 0.9,
                    NameSpans.Kind.PLAIN, 0.75, NameSpans.Kind.PLACE, 0.35, NameSpans.Kind.POSSESSIVE, 0.5,
                    NameSpans.Kind.ACRONYM, 0.3),
            AnswerType.PLACE, Map.of(NameSpans.Kind.PLACE, 1.0, NameSpans.Kind.PLAIN, 0.6,
                    NameSpans.Kind.ORG, 0.3, NameSpans.Kind.PERSON, 0.2, NameSpans.Kind.POSSESSIVE, 0.4,
                    NameSpans.Kind.ACRONYM, 0.3),
            AnswerType.NAMED_THING, Map.of(NameSpans.Kind.ORG, 1.0, NameSpans.Kind.PLAIN, 0.85,
                    NameSpans.Kind.PERSON, 0.5, NameSpans.Kind.PLACE, 0.45, NameSpans.Kind.POSSESSIVE, 0.8,
                    NameSpans.Kind.ACRONYM, 0.8));

    static final double PERSON_OF_FIT = 0.9;
    private static final Pattern PERSON_OF = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){1,2}) of \\p{Lu}");

    private AnswerSpans() {
    }

    /**
     * As {@link #in(String, AnswerType)} for one question part: a named thing also takes short quoted titles and
     * what stands in apposition to its head noun ({@link Appositions}), a person or organisation takes "Kevin
     * Behrens" out of "Kevin Behrens of Union Berlin".
     */
    static List<AnswerSpan> in(String sentence, QuestionPart part) {
        List<AnswerSpan> spans = new ArrayList<>(in(sentence, part.type()));
        if (part.type() == AnswerType.NAMED_THING) {
            for (AnswerSpan q : Appositions.quoted(sentence, part.type())) {
                spans.removeIf(s -> q.start() <= s.start() && s.end() <= q.end());
                spans.add(q);
            }
        }
        if (part.type() == AnswerType.NAMED_THING || part.type() == AnswerType.PHRASE) {
            for (AnswerSpan a : Appositions.of(sentence, part.head(), part.type())) {
                if (spans.stream().noneMatch(s -> s.start() < a.end() && a.start() < s.end())) {
                    spans.add(a);
                }
            }
        }
        if (part.type() == AnswerType.PERSON_OR_ORG) {
            spans.replaceAll(s -> personOf(sentence, s));
        }
        spans.sort(Comparator.comparingInt(AnswerSpan::start));
        return spans;
    }

    /**
     * "Kevin Behrens of Union Berlin" → "Kevin Behrens": a run of two or three capitalised words, none an
     * organisation's, before "of" and another name is a person and where they come from; else the span itself.
     */
    static AnswerSpan personOf(String sentence, AnswerSpan span) {
        Matcher m = PERSON_OF.matcher(span.of(sentence));
        if (!m.find()) {
            return span;
        }
        String before = m.group(1).toLowerCase(Locale.ROOT);
        if (NameWords.COUNTRIES.contains(before) || PlaceSpans.STATES.contains(before)) {
            return span;
        }
        for (String word : before.split(" ")) {
            if (NameWords.ORG_WORDS.contains(word) || NameWords.ROLE_TITLES.contains(word)
                    || NameWords.COUNTRIES.contains(word) || NameWords.TITLES.contains(word)) {
                return span;
            }
        }
        return new AnswerSpan(span.start(), span.start() + m.end(1), span.type(), Math.max(span.fit(), PERSON_OF_FIT));
    }

    static List<AnswerSpan> in(String sentence, AnswerType type) {
        return switch (type) {
            case DATE -> DateNumberSpans.dates(sentence);
            case NUMBER -> DateNumberSpans.numbers(sentence);
            case OPEN, PHRASE -> List.of();
            default -> names(sentence, type);
        };
    }

    private static List<AnswerSpan> names(String sentence, AnswerType type) {
        List<AnswerSpan> spans = new ArrayList<>();
        Map<NameSpans.Kind, Double> fits = NAME_FIT.get(type);
        for (NameSpans.Name name : NameSpans.in(sentence)) {
            Double fit = fits.get(name.kind());
            if (fit != null) {
                double multiWord = type == AnswerType.PERSON_OR_ORG && name.kind() == NameSpans.Kind.PLAIN
                        && name.tokens() > 1 ? 1.1 : 1.0;
                spans.add(new AnswerSpan(name.start(), name.end(), type, Math.min(1, fit * multiWord)));
            }
        }
        return type == AnswerType.PLACE ? PlaceSpans.joined(sentence, spans) : spans;
    }
}
