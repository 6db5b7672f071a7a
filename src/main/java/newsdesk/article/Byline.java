package newsdesk.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code Write to NAME at EMAIL and NAME at EMAIL} paragraph that closes wire and newspaper articles: the names
 * become the author, the paragraph (with its e-mail addresses) leaves the answerable text.
 */
record Byline(String authors, List<String> paragraphs) {

    private static final Pattern WRITE_TO = Pattern.compile("(?i)^write to\\s+.*\\S@\\S.*$");
    private static final Pattern AT_EMAIL = Pattern.compile("\\s+at\\s+[^\\s@]+@[^\\s,;]+");
    private static final Pattern LEADING_JOINER = Pattern.compile("^(?:,|;|and\\b|&)\\s*", Pattern.CASE_INSENSITIVE);

    /** Removes every byline paragraph from {@code paragraphs}; {@code authors} is null when there was none. */
    static Byline extract(List<String> paragraphs) {
        List<String> kept = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (WRITE_TO.matcher(paragraph).matches()) {
                names.addAll(names(paragraph.substring("write to".length())));
            } else {
                kept.add(paragraph);
            }
        }
        String authors = names.isEmpty() ? null : names.stream().distinct().collect(Collectors.joining(", "));
        return new Byline(authors, List.copyOf(kept));
    }

    private static List<String> names(String addressees) {
        List<String> names = new ArrayList<>();
        for (String part : AT_EMAIL.matcher(addressees).replaceAll("|").split("\\|")) {
            String name = LEADING_JOINER.matcher(part.strip()).replaceFirst("").strip();
            if (!name.isEmpty() && !name.contains("@")) {
                names.add(name);
            }
        }
        return names;
    }
}
