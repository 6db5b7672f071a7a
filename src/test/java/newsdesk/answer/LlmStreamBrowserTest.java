package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import newsdesk.Newsdesk;
import newsdesk.ingest.Ingestor;
import newsdesk.testing.HashingEmbedder;
import newsdesk.testing.TestDesks;
import newsdesk.web.Browser;
import newsdesk.web.WebApp;
import newsdesk.web.WebSettings;

/**
 * The chat page in headless Chromium while a language model is still writing: the production wiring, a loopback
 * OpenAI-compatible model that sends its first sentence and then waits, and the page's streamed answer. The marker of
 * the sentence already shown is a working citation (quote on hover and focus, the article on click) before the model
 * has finished, and the final answer replaces the streamed one without losing or doubling a marker. A verified direct
 * answer line is shown once, in bold, with the first sentence, and highlighted inside it in the final answer.
 */
@Tag("browser")
class LlmStreamBrowserTest {

    private static final Pattern PASSAGE = Pattern.compile("<passage n=\"(\\d+)\"[^>]*>\\n(.*?)\\n</passage>",
            Pattern.DOTALL);
    private static final String QUOTE = "Harbor City opened the Westgate suspension bridge on Monday, ending six years "
            + "of construction that cost $1.2 billion.";

    @TempDir
    Path data;

    private final CountDownLatch gate = new CountDownLatch(1);
    private final AtomicBoolean opened = new AtomicBoolean();
    private final List<AutoCloseable> open = new ArrayList<>();
    private Browser browser;

    @BeforeAll
    static void needsChromium() {
        assertThat(Browser.available()).as("needs chromium and chromium-driver (apt-get install -y chromium "
                + "chromium-driver); skip with -Dsurefire.excludedGroups=browser").isTrue();
    }

    @AfterEach
    void closeAll() throws Exception {
        gate.countDown();
        if (browser != null) {
            browser.close();
        }
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    @Test
    void theFirstSentencesMarkerWorksWhileTheModelIsStillWriting() {
        String base = serve("");
        browser = new Browser(1100, 820);
        browser.open(base + "/");
        browser.waitFor(By.id("question")).sendKeys("How much did the Westgate bridge cost?");
        browser.driver.findElement(By.id("send")).click();

        WebElement streamed = browser.waitFor(By.cssSelector(".msg.pending .bubble sup.cite .cite-btn"));
        WebElement pending = browser.driver.findElement(By.cssSelector(".msg.pending"));
        assertThat(gate.getCount()).as("the model is still holding its reply").isEqualTo(1);
        assertThat(pending.getAttribute("aria-busy")).isEqualTo("true");
        assertThat(pending.findElement(By.cssSelector(".bubble")).getText()).as("[1] became the marker 1")
                .isEqualTo("The Westgate bridge cost $1.2 billion to build. 1");
        assertThat(pending.findElements(By.cssSelector(".cite-btn"))).hasSize(1);
        assertThat(streamed.getText()).isEqualTo("1");
        assertThat(streamed.getAttribute("aria-label")).isEqualTo(
                "Source 1, Harbor Gazette, Sep 2, 2025. Open the article.");

        WebElement tip = browser.driver.findElement(By.id(streamed.getAttribute("aria-describedby")));
        assertThat(tip.isDisplayed()).isFalse();
        new Actions(browser.driver).moveToElement(streamed).perform();
        browser.await(d -> tip.isDisplayed());
        assertThat(tip.getText()).contains(QUOTE).contains("Harbor Gazette, Sep 2, 2025");

        streamed.click();
        WebElement mark = browser.waitFor(By.cssSelector("#article mark.cited"));
        assertThat(mark.getText()).isEqualTo(QUOTE);
        browser.driver.findElement(By.id("article-close")).click();
        browser.await(d -> !d.findElement(By.id("article")).isDisplayed());

        browser.js("arguments[0].focus()", streamed);
        assertThat(browser.driver.switchTo().activeElement()).isEqualTo(streamed);
        new Actions(browser.driver).moveToElement(browser.driver.findElement(By.id("title"))).perform();
        browser.await(d -> tip.isDisplayed());
        assertThat(gate.getCount()).as("all of this happened before the model went on").isEqualTo(1);

        gate.countDown();
        WebElement answer = browser.waitFor(By.cssSelector("article.msg.bot"));
        assertThat(opened).isTrue();
        assertThat(browser.driver.findElements(By.cssSelector(".msg.pending"))).isEmpty();
        assertThat(browser.js("const p = arguments[0].cloneNode(true);"
                + " p.querySelectorAll('.tip').forEach((tip) => tip.remove()); return p.textContent;",
                answer.findElement(By.cssSelector(".answer")))).as("the answer without its tooltips").isEqualTo(
                "The Westgate bridge cost $1.2 billion to build. 1 Mayor Elena Ruiz cut the ribbon at dawn. 2");
        List<WebElement> markers = answer.findElements(By.cssSelector(".answer .cite-btn"));
        assertThat(markers).extracting(WebElement::getText).containsExactly("1", "2");
        assertThat(browser.driver.findElements(By.cssSelector("#log .cite-btn"))).hasSize(2);
        WebElement focused = browser.driver.switchTo().activeElement();
        assertThat(focused).as("the reader keeps their place on marker 1").isEqualTo(markers.get(0));
        WebElement finalTip = browser.driver.findElement(By.id(focused.getAttribute("aria-describedby")));
        assertThat(finalTip.isDisplayed()).isTrue();
        assertThat(finalTip.getText()).contains(QUOTE);
    }

    @Test
    void aVerifiedDirectAnswerIsShownInBoldWithItsFirstSentenceWhileTheModelIsStillWriting() {
        String base = serve("Answer: $1.2 billion [N]\n\n");
        browser = new Browser(1100, 820);
        browser.open(base + "/");
        browser.waitFor(By.id("question")).sendKeys("How much did the Westgate bridge cost?");
        browser.driver.findElement(By.id("send")).click();

        WebElement early = browser.waitFor(By.cssSelector(".msg.pending strong.direct"));
        browser.waitFor(By.cssSelector(".msg.pending .bubble sup.cite .cite-btn"));
        assertThat(gate.getCount()).as("the model is still holding its reply").isEqualTo(1);
        assertThat(early.getText().replaceAll("\\s*\n\\s*", "")).isEqualTo("$1.2 billion 1");
        assertThat(browser.driver.findElement(By.cssSelector(".msg.pending .bubble")).getText())
                .as("the line once, in bold, then the verified sentence").endsWith(
                        "The Westgate bridge cost $1.2 billion to build. 1").containsOnlyOnce("$1.2 billion 1");

        gate.countDown();
        WebElement answer = browser.waitFor(By.cssSelector("article.msg.bot"));
        WebElement direct = answer.findElement(By.cssSelector("p.direct strong"));
        assertThat(direct.getText().replaceAll("\\s*\n\\s*", "")).isEqualTo("$1.2 billion 1");
        assertThat(Integer.parseInt(direct.getCssValue("font-weight"))).isGreaterThanOrEqualTo(700);
        WebElement quotes = answer.findElement(By.cssSelector("p.answer"));
        assertThat(quotes.getText()).startsWith("The Westgate bridge cost $1.2 billion to build.")
                .contains("Mayor Elena Ruiz cut the ribbon at dawn.");
        assertThat(quotes.findElements(By.cssSelector("mark.answer-span"))).extracting(WebElement::getText)
                .containsExactly("$1.2 billion");
    }

    /**
     * Starts the gated model server and Newsdesk's web app over the test corpus; returns the app's address. The model
     * sends {@code lead} ("[N]" standing for the bridge passage's number), its first sentence and "Mayor", waits for
     * the gate, then the rest.
     */
    private String serve(String lead) {
        FakeLlmServer model = FakeLlmServer.start(FakeLlmServer.Protocol.OPENAI, request -> {
            int n = passageWith(request, "$1.2 billion");
            return new FakeLlmServer.Gated(lead.replace("[N]", "[" + n + "]") + "The Westgate bridge cost $1.2 "
                    + "billion to build [" + n + "]. Mayor", gate, Duration.ofSeconds(60),
                    " Elena Ruiz cut the ribbon at dawn [" + n + "].", opened);
        });
        open.add(model);
        Newsdesk desk = Newsdesk.create(TestDesks.settings(TestDesks.CORPUS, data, Map.of(
                "NEWSDESK_LLM_PROVIDER", "openai",
                "NEWSDESK_LLM_BASE_URL", model.baseUrl(),
                "NEWSDESK_LLM_MODEL", "test-model",
                "NEWSDESK_LLM_TIMEOUT", "90s")), new HashingEmbedder(), Clock.systemUTC());
        open.add(desk);
        desk.ingestSeeds(Ingestor.Progress.NONE);
        Javalin app = WebApp.create(desk.qa(), WebSettings.DEFAULTS).start(0);
        open.add(app::stop);
        return "http://127.0.0.1:" + app.port();
    }

    /** The number of the passage in the prompt whose text contains {@code text}. */
    private static int passageWith(FakeLlmServer.Request request, String text) {
        Matcher passages = PASSAGE.matcher(request.user());
        while (passages.find()) {
            if (passages.group(2).contains(text)) {
                return Integer.parseInt(passages.group(1));
            }
        }
        throw new AssertionError("no passage contains " + text + ": " + request.user());
    }
}
