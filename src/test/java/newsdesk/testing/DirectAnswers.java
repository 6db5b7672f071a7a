package newsdesk.testing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import newsdesk.answer.Answer;
import newsdesk.answer.Citation;
import newsdesk.answer.DirectAnswer;
import newsdesk.answer.RelativeDates;

/**
 * Hand-built answers in the direct-answer shape, over sentences of the seed article (published Thursday 28 Aug 2025),
 * for the surfaces' rendering tests while the extractive answerer does not produce them yet.
 */
public final class DirectAnswers {

    public static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2025-08-28T16:15+05:30");
    public static final String ARTICLE = "wsj-parade";
    public static final String TITLE = "Kim and Putin to Join Xi in Show of Unity at Beijing Military Parade";
    public static final String URL = "https://www.wsj.com/world/china/kim-putin-xi-parade";
    public static final String WHO = "BEIJING—North Korean leader Kim Jong Un plans to join Russia’s Vladimir Putin at "
            + "China’s grand military parade in Beijing next week, in a show of unity and defiance of the West.";
    public static final String WHEN = "The parade on Wednesday will be hosted by Chinese leader Xi Jinping and is set "
            + "to be the trio’s first event together.";

    private DirectAnswers() {
    }

    /** A sentence citation of the seed article, its relative dates resolved. */
    public static Citation sentence(int n, String sentence, int start) {
        return new Citation(n, ARTICLE, TITLE, "WSJ", PUBLISHED, URL, sentence, start, start + sentence.length())
                .withDates(RelativeDates.resolve(sentence, PUBLISHED));
    }

    /** The part of citation {@code c} spanning {@code text} (its first occurrence). */
    public static DirectAnswer part(Citation c, String text) {
        int start = c.sentence().indexOf(text);
        if (start < 0) {
            throw new IllegalArgumentException("'" + text + "' is not in citation " + c.n());
        }
        return new DirectAnswer(text, c.n(), start, start + text.length(),
                c.dates().stream().filter(d -> d.start() == start && d.end() == start + text.length())
                        .map(d -> d.date()).findFirst().orElse(null));
    }

    /**
     * "When is the parade and who is going?": {@code Wednesday (3 Sep 2025) [1]; Kim Jong Un [2]}, then both quotes,
     * the first with its resolved date, as the answer helper's text convention writes them.
     */
    public static Answer compound() {
        Citation when = sentence(1, WHEN, 900);
        Citation who = sentence(2, WHO, 200);
        List<DirectAnswer> parts = List.of(part(when, "Wednesday"), part(who, "Kim Jong Un"));
        String text = "Wednesday (3 Sep 2025) [1]; Kim Jong Un [2]\n\n"
                + RelativeDates.annotate(WHEN, when.dates()) + " [1] " + WHO + " [2]";
        return new Answer(text, false, List.of(when, who), List.of(), "extractive", 0.8, null, Map.of(), parts,
                null);
    }

    /** "Who wrote the article about the parade?": answered from the byline, a metadata citation. */
    public static Answer byline() {
        Citation author = new Citation(1, ARTICLE, TITLE, "WSJ", PUBLISHED, URL, "Dasl Yoon", 0, 9,
                Citation.Kind.METADATA, "author", List.of(), List.of());
        return new Answer("Dasl Yoon [1]", false, List.of(author), List.of(), "extractive", 0.8, null, Map.of(),
                List.of(new DirectAnswer("Dasl Yoon", 1, 0, 9)), null);
    }
}
