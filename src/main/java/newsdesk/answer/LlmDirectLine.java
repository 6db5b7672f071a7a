package newsdesk.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import newsdesk.chunk.Span;
import newsdesk.retrieve.Passage;

/**
 * The model's direct answer line ({@code Answer: Kim Jong Un, Vladimir Putin [1]}), checked against the passages it
 * cites. The line's parts are separated by ";" (a compound question), each with its own markers or, without any, the
 * line's; a list of names ("A, B and C") gives one item per name when each name is found, else it is one item.
 * The line is kept only when every item occurs verbatim (matched ignoring case, curly quotes, dash kind and runs of
 * white space) as whole words in a quotable sentence of a passage its markers name, and no item merely repeats the
 * question's own words; otherwise the whole line is dropped and no citation is made for it. A kept item becomes a
 * {@link DirectAnswer} whose text is the sentence's own wording, with offsets into that sentence, and a relative date
 * inside it resolved against the article's publication date.
 */
final class LlmDirectLine {

    private static final Pattern LABEL = Pattern.compile("(?i)^[\\s*_#>-]*(?:short |direct )?answer[\\s*_]*:[\\s*_]*");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^()]*\\)");
    private static final Pattern EDGES = Pattern.compile("^[\\s\"'“”‘’*_.,:;–—-]+|[\\s\"'“”‘’*_.,:;!?–—-]+$");
    /** Between the items of a list: ", ", ", and ", " and " (a comma inside "1,200" separates nothing). */
    private static final Pattern ITEMS = Pattern.compile("\\s*,\\s+(?:and\\s+)?|\\s+and\\s+");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    /** A kept line: its parts, and the line as shown ("Wednesday (3 Sep 2025) [1]; Kim Jong Un [2]"). */
    record Checked(List<DirectAnswer> parts, String line) {
    }

    /** Where one item was found: passage {@code n}, the sentence {@code span}, the item's offsets in the sentence. */
    private record Found(int n, Span span, int start, int end) {
    }

    private LlmDirectLine() {
    }

    /** The text after the label when {@code segment} is a direct answer line ("Answer: …"), else empty. */
    static Optional<String> labelled(String segment) {
        Matcher label = LABEL.matcher(segment.strip());
        return label.lookingAt() ? Optional.of(segment.strip().substring(label.end())) : Optional.empty();
    }

    /** The kept line, or empty when any part of it is not in a passage it cites (then no citation is made). */
    static Optional<Checked> check(String body, String question, CitationVerifier verifier) {
        CitedPassages passages = verifier.passages();
        Set<String> asked = LlmWords.content(question);
        List<Integer> lineMarkers = valid(CitationMarkers.numbers(body), passages);
        List<List<Found>> segments = new ArrayList<>();
        for (String segment : body.split(";")) {
            String text = clean(CitationMarkers.strip(segment));
            if (text.isEmpty()) {
                continue;
            }
            List<Integer> own = CitationMarkers.numbers(segment);
            List<Found> found = find(text, own.isEmpty() ? lineMarkers : valid(own, passages), asked, passages);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            segments.add(found);
        }
        boolean citable = segments.stream().flatMap(List::stream)
                .allMatch(f -> passages.bodyOffset(f.n(), f.span()) >= 0);
        return segments.isEmpty() || !citable ? Optional.empty() : Optional.of(cite(segments, passages));
    }

    /** The items of one part (each name of a list, else the whole part), all found, or empty when one is missing. */
    private static List<Found> find(String text, List<Integer> markers, Set<String> asked,
                                    CitedPassages passages) {
        List<String> items = ITEMS.splitAsStream(text).map(LlmDirectLine::clean).filter(s -> !s.isEmpty()).toList();
        // "Kim Jong Un and Vladimir Putin" is two answers; "September 3, 2025" is one.
        boolean names = items.size() > 1 && items.stream().noneMatch(item -> DIGIT.matcher(item).find());
        List<Found> found = names ? locateEach(items, markers, asked, passages) : List.of();
        if (found.isEmpty()) {
            found = locateEach(List.of(text), markers, asked, passages);
        }
        if (found.isEmpty() && items.size() > 1 && !names) {
            found = locateEach(items, markers, asked, passages);
        }
        return found;
    }

    /** Every item, from one sentence holding them all if there is one, or empty when one is missing. */
    private static List<Found> locateEach(List<String> items, List<Integer> markers, Set<String> asked,
                                          CitedPassages passages) {
        if (items.stream().anyMatch(item -> repeatsQuestion(item, asked))) {
            return List.of();
        }
        Optional<List<Found>> together = locate(items, markers, passages);
        if (together.isPresent()) {
            return together.get();
        }
        List<Found> found = new ArrayList<>();
        for (String item : items) {
            Optional<List<Found>> one = locate(List.of(item), markers, passages);
            if (one.isEmpty()) {
                return List.of();
            }
            found.add(one.get().get(0));
        }
        return found;
    }

    /** The first quotable sentence of the cited passages holding every item, with each item's place in it. */
    private static Optional<List<Found>> locate(List<String> items, List<Integer> markers,
                                                CitedPassages passages) {
        for (int n : markers) {
            Passage passage = passages.passage(n);
            for (Span span : passages.quotableSentences(n)) {
                String sentence = span.of(passage.text());
                List<Found> found = new ArrayList<>();
                for (String item : items) {
                    int[] at = LooseText.find(sentence, item);
                    if (at == null) {
                        break;
                    }
                    found.add(new Found(n, span, at[0], at[1]));
                }
                if (found.size() == items.size()) {
                    return Optional.of(found);
                }
            }
        }
        return Optional.empty();
    }

    private static Checked cite(List<List<Found>> segments, CitedPassages passages) {
        List<DirectAnswer> parts = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (List<Found> segment : segments) {
            List<String> texts = new ArrayList<>();
            Set<Integer> numbers = new LinkedHashSet<>();
            for (Found f : segment) {
                Citation citation = passages.cite(f.n(), f.span()).orElseThrow();
                String text = citation.sentence().substring(f.start(), f.end());
                LocalDate resolved = resolved(citation, f);
                parts.add(new DirectAnswer(text, citation.n(), f.start(), f.end(), resolved));
                texts.add(text + (resolved == null ? "" : " (" + RelativeDates.format(resolved) + ")"));
                numbers.add(citation.n());
            }
            if (numbers.size() == 1) {
                shown.add(String.join(", ", texts) + " [" + numbers.iterator().next() + "]");
            } else {
                List<String> each = new ArrayList<>();
                for (int i = 0; i < texts.size(); i++) {
                    each.add(texts.get(i) + " [" + parts.get(parts.size() - texts.size() + i).n() + "]");
                }
                shown.add(String.join(", ", each));
            }
        }
        return new Checked(parts, String.join("; ", shown));
    }

    /** The one relative date inside the item, resolved against its article's publication date. */
    private static LocalDate resolved(Citation citation, Found f) {
        List<LocalDate> inside = RelativeDates.resolve(citation.sentence(), citation.publishedAt()).stream()
                .filter(d -> d.start() >= f.start() && d.end() <= f.end()).map(ResolvedDate::date).distinct()
                .toList();
        return inside.size() == 1 ? inside.get(0) : null;
    }

    private static boolean repeatsQuestion(String item, Set<String> asked) {
        Set<String> words = LlmWords.content(item);
        return !words.isEmpty() && asked.containsAll(words);
    }

    private static List<Integer> valid(List<Integer> markers, CitedPassages passages) {
        return markers.stream().filter(n -> n >= 1 && n <= passages.count()).distinct().toList();
    }

    private static String clean(String text) {
        return EDGES.matcher(PARENTHESES.matcher(text).replaceAll("")).replaceAll("");
    }
}
