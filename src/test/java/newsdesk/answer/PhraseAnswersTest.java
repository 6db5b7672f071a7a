package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import newsdesk.article.Article;

/** Span choice with phrase chunks: whole names, modifiers weighing less, noun phrases for "what …" questions. */
class PhraseAnswersTest {

    private static final PhraseTagger TAGGER = new PhraseTagger(64);
    private static final Article STORY = Article.of("Sports and tech round-up", "Wire", null,
            OffsetDateTime.parse("2023-11-20T10:00:00Z"), "https://example.com/roundup", "x");

    private static ScoredSentence sentence(String text, double score) {
        Set<String> terms = new HashSet<>(List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        return new ScoredSentence(STORY, text, 0, text.length(), terms, score, 2, score, score);
    }

    private static String answer(String question, String first, String second) {
        List<ScoredSentence> ranked = new ArrayList<>(List.of(sentence(first, 0.8)));
        if (second != null) {
            ranked.add(sentence(second, 0.7));
        }
        List<String> texts = new ArrayList<>();
        for (DirectAnswers.Pick pick : DirectAnswers.find(QuestionAnalysis.of(question), ranked, question,
                s -> true, TAGGER)) {
            pick.spans().forEach(span -> {
                String text = span.of(pick.sentence().sentence());
                assertThat(pick.sentence().sentence()).contains(text);
                texts.add(text);
            });
        }
        return String.join("; ", texts);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Which stadium hosted the senior day win?                       | For the Tucson native, the senior day win at Arizona Stadium meant so much. | - | Arizona Stadium
            Who did Opetaia knock out?                                     | Opetaia’s next fight could be on the Tyson Fury-Oleksandr Usyk card.        | Opetaia knocked out a hapless Ellis Zorro in the first round. | Ellis Zorro
            Which team did England beat in 2019?                           | In 2019 England beat the All Blacks 19-7 to reach the final.               | - | All Blacks
            What is the new group OpenAI set up to check risky AI called?  | OpenAI said a new “safety advisory group” will sit above its AI teams.      | - | safety advisory group
            What new feature did Spotify launch?                           | Spotify launched a new audiobook feature for premium users.                | - | audiobook feature
            What is the parade called?                                     | The parade on Wednesday will be hosted by Chinese leader Xi Jinping.       | - | -
            What testing technology does the tampon use?                   | The tampon is posted back to a partner lab for analysis.                   | - | -
            """)
    void choosesWholePhrasesOrNothing(String question, String first, String second, String expected) {
        assertThat(answer(question, first, second)).isEqualTo(expected == null ? "" : expected);
    }
}
