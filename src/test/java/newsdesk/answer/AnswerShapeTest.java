package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AnswerShapeTest {

    @Test
    void directAnswerSpansItsOffsets() {
        DirectAnswer part = new DirectAnswer("Kim Jong Un", 1, 10, 21);
        assertThat(part.resolved()).isNull();
        assertThatThrownBy(() -> new DirectAnswer("Kim Jong Un", 1, 10, 20))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DirectAnswer(" ", 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DirectAnswer("x", 0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void metadataCitationsNameTheirFieldAndSentenceCitationsNone() {
        Citation sentence = new Citation(1, "a", "T", "WSJ", null, null, "A sentence.", 0, 11);
        assertThat(sentence.kind()).isEqualTo(Citation.Kind.SENTENCE);
        assertThat(sentence.field()).isNull();
        assertThat(sentence.dates()).isEmpty();
        Citation author = new Citation(2, "a", "T", "WSJ", null, null, "Dasl Yoon", 0, 9, Citation.Kind.METADATA,
                "author", List.of(), List.of());
        assertThat(author.kind().json()).isEqualTo("metadata");
        assertThatThrownBy(() -> new Citation(2, "a", "T", "WSJ", null, null, "x", 0, 1, Citation.Kind.METADATA,
                null, List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
        Citation dated = sentence.withDates(List.of(new ResolvedDate(2, 10, LocalDate.of(2025, 9, 3))));
        assertThat(dated.dates()).singleElement().extracting(ResolvedDate::date).isEqualTo(LocalDate.of(2025, 9, 3));
        assertThat(dated.withCopies(List.of(new Copy("b", "T", "AP", null, null))).copies()).hasSize(1);
    }

    @Test
    void contextAndIdKeepTheDirectAnswer() {
        Answer answer = new Answer("Kim Jong Un [1]", false, List.of(), List.of(), "extractive", 1, null, Map.of(),
                List.of(new DirectAnswer("Kim Jong Un", 1, 0, 11)), null);
        Answer served = answer.withContext("c", Map.of("total", 3L)).withId("ans-1");
        assertThat(served.direct()).isEqualTo(answer.direct());
        assertThat(served.id()).isEqualTo("ans-1");
        assertThat(served.conversationId()).isEqualTo("c");
    }
}
