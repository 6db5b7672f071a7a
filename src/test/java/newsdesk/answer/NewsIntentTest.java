package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewsIntentTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "What is the latest on the Port Ellery harbour bridge? | LATEST",
        "Is the harbour bridge still closed? | LATEST",
        "How many people have been evacuated so far? | LATEST",
        "Who currently leads the Premier League? | LATEST",
        "What is Sam Altman's role now? | LATEST",
        "How did the OpenAI board crisis unfold? | TIMELINE",
        "Give me a timeline of the Google antitrust trial. | TIMELINE",
        "What has happened with the harbour bridge since March? | TIMELINE",
        "How has the story developed over the autumn? | TIMELINE",
        "What has happened so far with the strike? | TIMELINE",
        "What did outlets report about the harbour bridge? | COVERAGE",
        "How did The Verge and TechCrunch cover the Vision Pro? | COVERAGE",
        "What did the media say about the merger? | COVERAGE",
        "Coverage of the election across outlets | COVERAGE",
        "Who will join Xi at the military parade? | NONE",
        "What is the known cost of the repairs? | NONE",
        "Which outlet published the article about tulips? | NONE",
        "How much did the startup raise? | NONE",
    })
    void classifies(String question, NewsIntent expected) {
        assertThat(NewsIntent.of(question)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "How did the OpenAI board crisis unfold? | How did the OpenAI board crisis ?",
        "What did outlets report about the harbour bridge? | What did about the harbour bridge?",
        "What is the latest? | What is the latest?",
    })
    void topicDropsLayoutWords(String question, String topic) {
        assertThat(NewsIntent.topic(question)).isEqualTo(topic);
    }
}
