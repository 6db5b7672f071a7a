package newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Write to Brian Spegele at Brian.Spegele@wsj.com and Dasl Yoon at dasl.yoon@wsj.com | Brian Spegele, Dasl Yoon",
        "Write to Jane Doe at jane@example.com                                     | Jane Doe",
        "write to A. One at a@x.com, B. Two at b@x.com and C. Three at c@x.com.     | A. One, B. Two, C. Three",
    })
    void namesBecomeTheAuthorAndTheParagraphLeavesTheBody(String paragraph, String authors) {
        Byline byline = Byline.extract(List.of("Body one.", paragraph, "Body two."));

        assertThat(byline.authors()).isEqualTo(authors);
        assertThat(byline.paragraphs()).containsExactly("Body one.", "Body two.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Write to your representative before Friday.",
        "Readers can write to the editor at the usual address.",
    })
    void paragraphsWithoutAnEmailAddressStay(String paragraph) {
        Byline byline = Byline.extract(List.of(paragraph));

        assertThat(byline.authors()).isNull();
        assertThat(byline.paragraphs()).containsExactly(paragraph);
    }
}
