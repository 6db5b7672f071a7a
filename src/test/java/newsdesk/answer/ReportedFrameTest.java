package newsdesk.answer;

import static newsdesk.answer.ExtractiveFixtures.PARADE;
import static newsdesk.answer.ExtractiveFixtures.answerer;
import static newsdesk.answer.ExtractiveFixtures.ask;
import static newsdesk.answer.ExtractiveFixtures.article;
import static newsdesk.answer.ExtractiveFixtures.whole;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import newsdesk.article.Article;
import newsdesk.retrieve.Passage;

class ReportedFrameTest {

    private static final Article WSJ = article("Kim and Putin to join Xi", "WSJ",
            "Kim Jong Un plans to join Vladimir Putin at the parade in Beijing next week. The parade on Wednesday "
                    + "will be hosted by Xi Jinping.");
    private static final List<Passage> READ = List.of(whole(1, WSJ), whole(2, PARADE));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            What did the WSJ report about the parade?                      | the parade?
            What did The Wall Street Journal say about the parade?         | the parade?
            What does the article say about the parade?                    | the parade?
            What did the WSJ article report on Kim's trip?                 | Kim's trip?
            What have the stories said about Putin?                        | Putin?
            What did the reporters write about the guest list?             | the guest list?
            What did Nike report about its revenue?                        | What did Nike report about its revenue?
            What did the BBC report about the parade?                      | What did the BBC report about the parade?
            Who is going to the parade?                                    | Who is going to the parade?
            What did Xi say about the parade?                              | What did Xi say about the parade?
            """)
    void scoresByTheTopicOnlyWhenTheReporterIsTheArticles(String question, String content) {
        assertThat(ReportedFrame.topic(question, READ)).isEqualTo(content);
    }

    @Test
    void answersWhatAReadOutletReportedInsteadOfAbstaining() {
        Answer answer = ask(answerer(), "What did the WSJ report about the parade?", READ.toArray(Passage[]::new));

        assertThat(answer.abstained()).isFalse();
        assertThat(answer.text()).contains("parade");
    }

    @Test
    void stillAbstainsOnAnOutletNoReadArticleComesFrom() {
        Answer answer = ask(answerer(), "What did the Bangkok Post report about the parade?",
                READ.toArray(Passage[]::new));

        assertThat(answer.abstained()).isTrue();
    }
}
