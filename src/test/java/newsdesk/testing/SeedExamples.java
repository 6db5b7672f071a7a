package newsdesk.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The questions issue 13 names, over the repository's {@code seeds/} article, with the direct answer each surface must
 * lead with. Shared by the CLI, API, chat page and Slack tests so that every surface is held to the same answers.
 *
 * @param question the question as a reader types it
 * @param line     the direct answer line, as the answer text and the CLI start with it
 * @param parts    the direct answer's parts, in order (each a verbatim span of its citation)
 * @param field    the article field a metadata citation names ("author"), or {@code null} for quoted sentences
 * @param resolved the calendar date the first part resolves to, or {@code null}
 */
public record SeedExamples(String question, String line, List<String> parts, String field, LocalDate resolved) {

    /** The byline of the seed article, as its author field holds it. */
    public static final String AUTHORS = "Brian Spegele, Dasl Yoon";
    public static final LocalDate PARADE_DAY = LocalDate.of(2025, 9, 3);

    public static final List<SeedExamples> ALL = List.of(
            new SeedExamples("Who is going to the parade?", "Kim Jong Un, Vladimir Putin [1]",
                    List.of("Kim Jong Un", "Vladimir Putin"), null, null),
            new SeedExamples("When is the parade and who is going?",
                    "Wednesday (3 Sep 2025) [1]; Kim Jong Un, Vladimir Putin [2]",
                    List.of("Wednesday", "Kim Jong Un", "Vladimir Putin"), null, PARADE_DAY),
            new SeedExamples("Which leaders will attend?", "Kim Jong Un, Vladimir Putin [1]",
                    List.of("Kim Jong Un", "Vladimir Putin"), null, null),
            new SeedExamples("On what day of the week is the parade?", "Wednesday (3 Sep 2025) [1]",
                    List.of("Wednesday"), null, PARADE_DAY),
            new SeedExamples("Who wrote the article about the parade?", AUTHORS + " [1]", List.of(AUTHORS),
                    "author", null),
            new SeedExamples("Who will join Xi Jinping at the parade?", "Kim Jong Un, Vladimir Putin [1]",
                    List.of("Kim Jong Un", "Vladimir Putin"), null, null));

    public SeedExamples {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(line, "line");
        parts = List.copyOf(parts);
    }

    /** The direct line as a page shows it, markers as bare numbers: "Wednesday (3 Sep 2025) 1; Kim Jong Un 2". */
    public String shownLine() {
        return line.replaceAll(" \\[(\\d+)]", " $1");
    }

    @Override
    public String toString() {
        return question;
    }
}
