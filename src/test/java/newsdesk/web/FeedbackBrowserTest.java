package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import newsdesk.feedback.Feedback;

/**
 * The 👍/👎 buttons and the comment box under each answer of the chat page (which the widget frames), in headless
 * Chromium over the production wiring: a press is stored with the answer it rates, the comment and correction follow,
 * and the rating stays shown after a reload.
 */
@Tag("browser")
class FeedbackBrowserTest {

    private static final String PARADE = "Who will join Xi at the military parade in Beijing?";

    private static TestServer server;
    private Browser browser;

    @BeforeAll
    static void start() {
        assertThat(Browser.available()).as("needs chromium and chromium-driver (apt-get install -y chromium "
                + "chromium-driver); skip with -Dsurefire.excludedGroups=slow-bench,browser").isTrue();
        server = TestServer.start(TestServer.UNLIMITED);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser(1100, 820);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aReaderRatesAnAnswerAndAddsACommentAndACorrection() {
        int before = server.newsdesk.qa().feedbackRecords().size();
        browser.open(server.base() + "/");
        browser.waitFor(By.id("question")).sendKeys(PARADE);
        browser.driver.findElement(By.id("send")).click();
        WebElement answer = browser.waitFor(By.cssSelector("article.msg.bot"));
        WebElement up = answer.findElement(By.cssSelector(".feedback .fb-up"));
        WebElement down = answer.findElement(By.cssSelector(".feedback .fb-down"));
        assertThat(up.getText()).isEqualTo("👍 Helpful");
        assertThat(down.getText()).isEqualTo("👎 Not helpful");
        assertThat(down.getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(answer.findElement(By.className("fb-form")).isDisplayed()).isFalse();

        down.click();
        WebElement note = answer.findElement(By.className("fb-status"));
        browser.await(d -> note.getText().equals("Thanks for the feedback."));
        assertThat(down.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(up.getAttribute("aria-pressed")).isEqualTo("false");
        List<Feedback> all = server.newsdesk.qa().feedbackRecords();
        List<Feedback> stored = all.subList(before, all.size());
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).rating().wire()).isEqualTo("down");
        assertThat(stored.get(0).answer().question()).isEqualTo(PARADE);
        assertThat(stored.get(0).answer().answerId()).isEqualTo(browser.js(
                "return JSON.parse(sessionStorage.getItem('newsdesk.chat.v1')).messages[1].answer.id"));
        assertThat(stored.get(0).answer().citations()).isNotEmpty();

        WebElement comment = browser.waitFor(By.cssSelector("article.msg.bot .fb-comment"));
        comment.sendKeys("It left out Putin.");
        answer.findElement(By.className("fb-correction")).sendKeys("Kim Jong Un and Vladimir Putin");
        browser.screenshot(Path.of(System.getProperty("basedir", ".")).resolve("target/feedback-chat.png"));
        answer.findElement(By.className("fb-send")).click();
        browser.await(d -> note.getText().equals("Thanks, your comment was recorded."));
        assertThat(server.newsdesk.qa().feedbackRecords()).hasSize(before + 2).last().satisfies(f -> {
            assertThat(f.rating().wire()).isEqualTo("down");
            assertThat(f.comment()).isEqualTo("It left out Putin.");
            assertThat(f.correction()).isEqualTo("Kim Jong Un and Vladimir Putin");
        });
        assertThat(answer.findElement(By.className("fb-form")).isDisplayed()).isFalse();

        browser.driver.navigate().refresh();
        WebElement restored = browser.waitFor(By.cssSelector("article.msg.bot .feedback .fb-down"));
        assertThat(restored.getAttribute("aria-pressed")).isEqualTo("true");
    }

    @Test
    void changingTheRatingStoresTheNewOne() {
        browser.open(server.base() + "/");
        browser.waitFor(By.id("question")).sendKeys(PARADE);
        browser.driver.findElement(By.id("send")).click();
        WebElement answer = browser.waitFor(By.cssSelector("article.msg.bot"));
        int before = server.newsdesk.qa().feedbackRecords().size();
        answer.findElement(By.cssSelector(".fb-up")).click();
        browser.await(d -> "true".equals(answer.findElement(By.cssSelector(".fb-up")).getAttribute("aria-pressed")));
        answer.findElement(By.cssSelector(".fb-down")).click();
        browser.await(d -> "true".equals(answer.findElement(By.cssSelector(".fb-down")).getAttribute("aria-pressed")));
        assertThat(answer.findElement(By.cssSelector(".fb-up")).getAttribute("aria-pressed")).isEqualTo("false");
        List<Feedback> stored = server.newsdesk.qa().feedbackRecords();
        assertThat(stored).hasSize(before + 2);
        assertThat(stored.get(stored.size() - 1).rating().wire()).isEqualTo("down");
        assertThat(stored.get(stored.size() - 1).answer().answerId())
                .isEqualTo(stored.get(stored.size() - 2).answer().answerId());
    }
}
