package newsdesk.eval;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import newsdesk.answer.DirectAnswer;

/**
 * The one rule for "the answer contains an expected string", used for gold answers in the answer text and in the
 * direct answer.
 *
 * <p>Both sides are put in canonical form and the expected string must occur in the text on word boundaries:
 * <ol>
 *   <li>thousands separators between digits are dropped ("1,200" = "1200"), "%" reads "percent" and
 *       "per cent" = "percent";</li>
 *   <li>{@link AnswerMetrics#normalise}: NFKC, lower case, every run of characters that are not letters or digits
 *       becomes one space (so case, punctuation, currency signs and whitespace do not matter:
 *       "$1.2 billion" contains "1.2 billion");</li>
 *   <li>a number glued to a word is split ("1.2bn" = "1.2 bn", "10am" = "10 am", "$US4.5" = "US 4.5"); after a number "bn" = "billion",
 *       "tn" = "trillion", ordinal endings go ("3rd" = "3"), and a month abbreviation next to a number is spelled
 *       out ("Sept. 6" = "September 6", "3 Oct" = "3 October");</li>
 *   <li>dates read month first: "24 October 2023" = "October 24, 2023", and an ISO date or timestamp
 *       ("2023-10-24", "2023-10-24T16:32:09+00:00") = "October 24 2023".</li>
 * </ol>
 * "no" is therefore not contained in "not", nor "Google" in "Googlers". A direct answer is matched as its parts
 * joined with "; ", each resolved relative date followed by its date ("Wednesday (6 September 2023)").
 */
public final class AnswerMatch {

    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
    private static final Pattern DIGIT_LETTER = Pattern.compile("(?<=\\d)(?=\\p{L})|(?<=\\p{L})(?=\\d)");
    private static final Pattern ISO_DATE =
            Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?:T[0-9:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?\\b");
    private static final Pattern DAY = Pattern.compile("[1-9]|[12]\\d|3[01]");
    private static final Pattern PER_CENT = Pattern.compile("\\bper cent\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final List<String> ORDINALS = List.of("st", "nd", "rd", "th");
    private static final Map<String, String> MAGNITUDES = Map.of("bn", "billion", "tn", "trillion");
    private static final Map<String, String> MONTHS = Map.ofEntries(Map.entry("jan", "january"),
            Map.entry("feb", "february"), Map.entry("mar", "march"), Map.entry("apr", "april"),
            Map.entry("jun", "june"), Map.entry("jul", "july"), Map.entry("aug", "august"),
            Map.entry("sep", "september"), Map.entry("sept", "september"), Map.entry("oct", "october"),
            Map.entry("nov", "november"), Map.entry("dec", "december"));
    private static final Set<String> MONTH_NAMES = Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private AnswerMatch() {
    }

    /** The canonical form both sides are compared in. */
    public static String canonical(String text) {
        String prepared = THOUSANDS.matcher(isoDates(text)).replaceAll("").replace("%", " percent ");
        String normal = AnswerMetrics.normalise(DIGIT_LETTER.matcher(prepared).replaceAll(" "));
        String[] tokens = PER_CENT.matcher(normal).replaceAll("percent").split(" ");
        List<String> out = new ArrayList<>(tokens.length);
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            boolean afterNumber = i > 0 && NUMBER.matcher(tokens[i - 1]).matches();
            boolean beforeNumber = i + 1 < tokens.length && NUMBER.matcher(tokens[i + 1]).matches();
            if (afterNumber && ORDINALS.contains(token)) {
                continue;
            }
            if (afterNumber && MAGNITUDES.containsKey(token)) {
                token = MAGNITUDES.get(token);
            } else if ((afterNumber || beforeNumber) && MONTHS.containsKey(token)) {
                token = MONTHS.get(token);
            }
            out.add(token);
        }
        for (int i = 0; i + 1 < out.size(); i++) {
            if (DAY.matcher(out.get(i)).matches() && MONTH_NAMES.contains(out.get(i + 1))) {
                out.set(i, out.set(i + 1, out.get(i)));
                i++;
            }
        }
        return String.join(" ", out);
    }

    private static String isoDates(String text) {
        return ISO_DATE.matcher(text).replaceAll(m -> {
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (month < 1 || month > 12 || day < 1 || day > 31) {
                return m.group();
            }
            return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day + " " + m.group(1);
        });
    }

    /** Whether {@code text} contains any of the {@code expected} strings (blank ones never match). */
    public static boolean contains(String text, Collection<String> expected) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String haystack = " " + canonical(text) + " ";
        for (String phrase : expected) {
            String needle = canonical(phrase);
            if (!needle.isEmpty() && haystack.contains(" " + needle + " ")) {
                return true;
            }
        }
        return false;
    }

    /** The direct answer as matched: parts joined with "; ", resolved dates written out beside their span. */
    public static String directText(List<DirectAnswer> parts) {
        List<String> rendered = new ArrayList<>(parts.size());
        for (DirectAnswer part : parts) {
            LocalDate date = part.resolved();
            rendered.add(date == null ? part.text()
                    : part.text() + " (" + DAY_MONTH.format(date) + ")");
        }
        return String.join("; ", rendered);
    }
}
