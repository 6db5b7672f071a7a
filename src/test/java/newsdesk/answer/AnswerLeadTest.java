package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import newsdesk.testing.DirectAnswers;

class AnswerLeadTest {

    private static Answer answer(String text, List<DirectAnswer> direct, Citation... citations) {
        return new Answer(text, false, List.of(citations), List.of(), "extractive", 0.8, null, Map.of(), direct, null);
    }

    @Test
    void aTextThatLeadsWithTheDirectAnswerIsSplitAtTheBlankLine() {
        AnswerLead lead = AnswerLead.of(DirectAnswers.compound());

        assertThat(lead.direct()).isEqualTo("Wednesday (3 Sep 2025) [1]; Kim Jong Un [2]");
        assertThat(lead.quotes()).startsWith("The parade on Wednesday (3 Sep 2025) will be hosted").endsWith("[2]")
                .doesNotContain("\n");
    }

    @Test
    void withoutADirectAnswerTheWholeTextIsQuotes() {
        Citation c = DirectAnswers.sentence(1, DirectAnswers.WHO, 0);
        AnswerLead lead = AnswerLead.of(answer("First line\n\n" + DirectAnswers.WHO + " [1]", List.of(), c));

        assertThat(lead.direct()).isNull();
        assertThat(lead.quotes()).isEqualTo("First line\n\n" + DirectAnswers.WHO + " [1]");
    }

    @Test
    void aTextWithItsOwnWordingKeepsThemAndTheLineIsBuiltFromTheParts() {
        Citation c = DirectAnswers.sentence(1, DirectAnswers.WHEN, 0);
        DirectAnswer part = DirectAnswers.part(c, "Wednesday");
        String llm = "The parade is on Wednesday, hosted by Xi [1].\n\nIt is the trio's first event [1].";
        AnswerLead lead = AnswerLead.of(answer(llm, List.of(part), c));

        assertThat(part.resolved()).isEqualTo(LocalDate.of(2025, 9, 3));
        assertThat(lead.direct()).isEqualTo("Wednesday (3 Sep 2025) [1]");
        assertThat(lead.quotes()).isEqualTo(llm);
    }

    @Test
    void metadataCitationsReadAsLabelledFields() {
        Citation author = DirectAnswers.byline().citations().get(0);
        Citation published = new Citation(2, "a", "T", "WSJ", DirectAnswers.PUBLISHED, null,
                "2025-08-28T16:15:00+05:30", 0, 25, Citation.Kind.METADATA, "publishedAt", List.of(), List.of());
        Citation outlet = new Citation(3, "a", "T", "WSJ", null, null, "WSJ", 0, 3, Citation.Kind.METADATA,
                "source", List.of(), List.of());

        assertThat(AnswerLead.fieldLabel(author)).isEqualTo("Author: Dasl Yoon");
        assertThat(AnswerLead.fieldLabel(published)).isEqualTo("Published: 28 Aug 2025");
        assertThat(AnswerLead.fieldLabel(outlet)).isEqualTo("Outlet: WSJ");
        assertThat(AnswerLead.fieldLabel(DirectAnswers.sentence(1, DirectAnswers.WHO, 0))).isNull();
        assertThat(AnswerLead.of(DirectAnswers.byline())).isEqualTo(new AnswerLead("Dasl Yoon [1]", ""));
    }
}
