package newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FurnitureLinesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "=>", value = {
        // captions and credits
        "Image copyright Valley Press => CAPTIONS",
        "Image caption The mayor opens the line on Tuesday => CAPTIONS",
        "Photo: Jan Berg, AP => CAPTIONS",
        "A boat passes the gates at dawn. (Photo: Valley Press) => CAPTIONS",
        "The mayor at the opening.Credit...Jan Berg for The Ledger => CAPTIONS",
        "Jan Berg/Getty Images => CAPTIONS",
        "Ana Lima | Bloomberg | Getty Images => CAPTIONS",
        "FILE PHOTO: Traders on the floor in New York. REUTERS/Jan Berg => CAPTIONS",
        // related stories
        "Read more: Council approves new reading rooms => RELATED",
        "RELATED: Five ways to revise better => RELATED",
        "[Related: The library that never closes] => RELATED",
        "See also: exam results explained => RELATED",
        // prompts
        "Sign up for our morning newsletter => PROMPTS",
        "Get the latest updates right in your inbox. => PROMPTS",
        "Like this story? Share it with a friend! => PROMPTS",
        "Advertisement => PROMPTS",
        "Comments => PROMPTS",
        "Follow the Ledger on Instagram, Facebook and Twitter. => PROMPTS",
        // a bare address
        "https://ledger.example/city/tram-line-opens => LINK_LISTS",
        // bylines, date lines and wire credits
        "By Kim Osei => BYLINES",
        "Kim Osei, Transport Reporter => BYLINES",
        "Updated 1:39 am EST, Wednesday, November 20, 2019 => BYLINES",
        "November 18, 2019 | 4:10pm => BYLINES",
        "Published 11:11 PM EST Nov 19, 2019 => BYLINES",
        "(Reporting by Ana Lima; Editing by Jan Berg) => BYLINES",
        "Lu Chen contributed reporting from Hong Kong. => BYLINES",
    })
    void furnitureIsRecognisedByItsRuleOnly(String line, Furniture rule) {
        assertThat(FurnitureLines.isFurniture(line, "Kim Osei", EnumSet.of(rule))).isTrue();
        assertThat(FurnitureLines.isFurniture(line, "Kim Osei", EnumSet.complementOf(EnumSet.of(rule)))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
        "The first trams carried riders across the river on Tuesday morning.",
        "Photographers waited outside the court for the verdict.",
        "By noon, four thousand people had ridden the line.",
        "Updates to the timetable will follow in May, the operator said, after a consultation with riders.",
        "The company told Reuters it would appeal.",
        "Subscribers to the paper's print edition fell by a tenth last year, while digital sign-ups rose.",
        "Published in 1990, the novel sold more than a million copies in its first year and was translated into "
            + "thirty languages.",
        "Kim Osei's reporting for this story was supported by a grant from the city's press fund, which pays"
            + " for local journalism.",
        "2019 was the wettest year on record.",
    })
    void storySentencesAreNotFurniture(String line) {
        assertThat(FurnitureLines.isFurniture(line, "Kim Osei", Furniture.all())).isFalse();
    }
}
