package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The chat page in headless Chromium over the real pipeline (all-MiniLM-L6-v2 embeddings, hybrid retrieval,
 * extractive answers) and the repository's seed article: asking, citations, the article viewer, follow-ups,
 * persistence, keyboard use, abstentions, phone width and dark mode.
 */
@Tag("browser")
class ChatBrowserTest {

    private static final String PARADE = "Who will join Xi at the military parade in Beijing?";

    private static TestServer server;
    private Browser browser;

    @BeforeAll
    static void start() {
        assertThat(Browser.available()).as("needs chromium and chromium-driver (apt-get install -y chromium "
                + "chromium-driver); skip with -Dsurefire.excludedGroups=browser").isTrue();
        server = TestServer.startRealSeeds(WebSettings.DEFAULTS);
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
    void asksAboutTheSeedArticleAndOpensTheCitedSentence() {
        browser.open(server.base() + "/");
        ask(PARADE);

        WebElement answer = waitForAnswer(1);
        assertThat(answer.findElement(By.className("answer")).getText()).contains("Kim Jong Un");
        WebElement marker = answer.findElement(By.cssSelector("sup.cite .cite-btn"));
        assertThat(marker.getText()).isEqualTo("1");
        WebElement tip = answer.findElement(By.cssSelector("sup.cite .tip"));
        assertThat(tip.isDisplayed()).isFalse();
        browser.js("document.activeElement.blur()");
        // Tests write no tracked file: scripts/screenshot.sh passes -Dnewsdesk.screenshot=docs/screenshot.png.
        Path base = Path.of(System.getProperty("basedir", "."));
        browser.screenshot(base.resolve(System.getProperty("newsdesk.screenshot", "target/chat-screenshot.png")));

        new Actions(browser.driver).moveToElement(marker).perform();
        browser.await(d -> tip.isDisplayed());
        assertThat(tip.getText()).contains("Kim Jong Un plans to join").contains("WSJ, Aug 28, 2025");

        marker.click();
        WebElement mark = browser.waitFor(By.cssSelector("#article mark.cited"));
        assertThat(browser.driver.findElement(By.id("article-title")).getText())
                .isEqualTo("Kim and Putin to Join Xi in Show of Unity at Beijing Military Parade");
        assertThat(mark.getText()).startsWith("BEIJING—North Korean leader Kim Jong Un plans to join");
        assertThat(browser.js("return document.activeElement === arguments[0]", mark)).isEqualTo(true);
        assertThat(inView(mark)).isTrue();
    }

    @Test
    void followUpQuestionsContinueTheConversationAcrossReloads() {
        browser.open(server.base() + "/");
        ask(PARADE);
        waitForAnswer(1);
        String conversation = conversationId();
        assertThat(conversation).isNotBlank();

        ask("Who will host it?");
        WebElement followUp = waitForAnswer(2);

        assertThat(followUp.findElement(By.className("answer")).getText()).contains("Xi Jinping");
        assertThat(followUp.findElements(By.cssSelector(".cite-btn"))).isNotEmpty();
        assertThat(conversationId()).isEqualTo(conversation);

        browser.driver.navigate().refresh();
        try {
            browser.await(d -> d.findElements(By.cssSelector("article.msg.bot")).size() == 2);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("after reload the page shows: " + browser.driver.findElement(By.id("log")).getText()
                    + " / stored: " + browser.js("return sessionStorage.getItem('newsdesk.chat.v1')"), e);
        }
        List<WebElement> questions = browser.driver.findElements(By.cssSelector(".msg.user .bubble"));
        assertThat(questions).extracting(WebElement::getText).containsExactly(PARADE, "Who will host it?");
        assertThat(browser.driver.findElements(By.cssSelector(".msg.bot .cite-btn"))).isNotEmpty();
        assertThat(conversationId()).isEqualTo(conversation);
    }

    @Test
    void keyboardOnlyUse() {
        browser.open(server.base() + "/");
        WebElement input = browser.driver.findElement(By.id("question"));
        assertThat(browser.driver.findElement(By.cssSelector("label[for=question]")).getAttribute("textContent"))
                .isEqualTo("Your question");
        input.sendKeys(PARADE, Keys.ENTER);
        waitForAnswer(1);
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("question");

        browser.js("document.getElementById('new-chat').focus()");
        browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement focused = browser.driver.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).isEqualTo("cite-btn");
        WebElement tip = browser.driver.findElement(By.id(focused.getAttribute("aria-describedby")));
        assertThat(tip.isDisplayed()).isTrue();
        assertThat(tip.getText()).contains("WSJ, Aug 28, 2025");

        focused.sendKeys(Keys.ENTER);
        browser.waitFor(By.cssSelector("#article mark.cited"));
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.await(d -> !d.findElement(By.id("article")).isDisplayed());
        assertThat(browser.driver.switchTo().activeElement().getAttribute("class")).isEqualTo("cite-btn");
        assertThat(browser.driver.findElement(By.id("log")).getAttribute("aria-live")).isEqualTo("polite");
    }

    @Test
    void abstentionsListTheClosestCoverage() {
        browser.open(server.base() + "/");
        ask("What did the central bank decide about interest rates this week?");

        WebElement answer = waitForAnswer(1);
        assertThat(answer.getAttribute("class")).contains("abstained");
        assertThat(answer.findElements(By.cssSelector(".cite-btn"))).isEmpty();
        List<WebElement> closest = answer.findElements(By.cssSelector(".closest a"));
        assertThat(closest).isNotEmpty();
        String title = closest.get(0).getText();
        closest.get(0).click();
        browser.await(d -> d.findElement(By.id("article")).isDisplayed());
        assertThat(browser.driver.findElement(By.id("article-title")).getText()).isEqualTo(title);
    }

    @Test
    void fitsAPhoneInDarkMode() {
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        browser.open(server.base() + "/");
        ask(PARADE);
        WebElement answer = waitForAnswer(1);

        assertThat(browser.js("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(22, 24, 28)");
        assertThat(browser.js("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
        assertThat(rightEdge(browser.driver.findElement(By.id("send")))).isLessThanOrEqualTo(360);
        assertThat(rightEdge(answer)).isLessThanOrEqualTo(360);
        answer.findElement(By.cssSelector(".cite-btn")).click();
        WebElement dialog = browser.waitFor(By.id("article"));
        assertThat(rightEdge(dialog)).isLessThanOrEqualTo(360);
        assertThat(inView(browser.driver.findElement(By.cssSelector("#article mark.cited")))).isTrue();
    }

    private long rightEdge(WebElement element) {
        return Math.round(((Number) browser.js("return arguments[0].getBoundingClientRect().right", element))
                .doubleValue());
    }

    private void ask(String question) {
        WebElement input = browser.waitFor(By.id("question"));
        input.sendKeys(question);
        browser.driver.findElement(By.id("send")).click();
    }

    private WebElement waitForAnswer(int count) {
        try {
            browser.await(d -> d.findElements(By.cssSelector("article.msg.bot")).size() >= count);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no answer " + count + "; the page shows: "
                    + browser.driver.findElement(By.id("log")).getText() + " / status: "
                    + browser.driver.findElement(By.id("status")).getText(), e);
        }
        return browser.driver.findElements(By.cssSelector("article.msg.bot")).get(count - 1);
    }

    private String conversationId() {
        return (String) browser.js("return JSON.parse(sessionStorage.getItem('newsdesk.chat.v1')).conversationId");
    }

    private boolean inView(WebElement element) {
        return (Boolean) browser.js("const r = arguments[0].getBoundingClientRect();"
                + "const box = document.getElementById('article-body').getBoundingClientRect();"
                + "return r.top >= box.top && r.bottom <= box.bottom && r.top >= 0 && r.bottom <= window.innerHeight;",
                element);
    }
}
