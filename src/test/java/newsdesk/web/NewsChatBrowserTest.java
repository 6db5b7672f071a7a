package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
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

import newsdesk.testing.TestDesks;

/** The chat page lays out a timeline and an outlet answer as lists (headless Chromium, the news fixture). */
@Tag("browser")
class NewsChatBrowserTest {

    private static TestServer server;
    private Browser browser;

    @BeforeAll
    static void start() throws URISyntaxException {
        assertThat(Browser.available()).as("needs chromium and chromium-driver").isTrue();
        Path corpus = Path.of(NewsChatBrowserTest.class.getResource("/news").toURI());
        server = TestServer.serve(TestDesks.hashing(corpus, TestServer.tempDir()), TestServer.UNLIMITED, true);
    }

    @AfterAll
    static void stop() throws Exception {
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
    void timelineAndOutletAnswersAreListsWithWorkingMarkers() {
        browser.open(server.base() + "/");
        ask("How did the Port Ellery harbour bridge story unfold?");
        WebElement timeline = answer(1);
        List<WebElement> events = timeline.findElements(By.cssSelector("ul.news-timeline > li"));
        assertThat(events).hasSizeBetween(3, 6);
        assertThat(events.get(0).findElement(By.cssSelector("time.news-label")).getText()).isEqualTo("4 Mar 2024");
        for (WebElement event : events) {
            assertThat(event.findElements(By.cssSelector("sup.cite .cite-btn"))).hasSize(1);
        }
        assertThat(timeline.findElement(By.className("answer")).getText()).doesNotContain("[1]");

        ask("How did TechCrunch and The Verge cover the Port Ellery harbour bridge?");
        List<WebElement> outlets = answer(2).findElements(By.cssSelector("ul.news-outlets > li strong.news-label"));
        assertThat(outlets).extracting(WebElement::getText).startsWith("TechCrunch", "The Verge");
    }

    private void ask(String question) {
        WebElement input = browser.waitFor(By.id("question"));
        input.sendKeys(question);
        browser.driver.findElement(By.id("send")).click();
    }

    private WebElement answer(int count) {
        browser.await(d -> d.findElements(By.cssSelector("article.msg.bot")).size() >= count);
        return browser.driver.findElements(By.cssSelector("article.msg.bot")).get(count - 1);
    }
}
