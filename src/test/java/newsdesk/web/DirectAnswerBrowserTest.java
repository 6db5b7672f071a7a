package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import newsdesk.answer.Answer;
import newsdesk.answer.Citation;
import newsdesk.testing.DirectAnswers;

/**
 * The chat page and the widget in headless Chromium show the direct answer first (as soon as the stream's
 * {@code direct} event arrives), in bold above the quotes, with its span highlighted inside its quote and relative
 * dates resolved; a metadata citation reads as the field it quotes.
 */
@Tag("browser")
class DirectAnswerBrowserTest {

    private Javalin app;
    private Javalin host;
    private Browser browser;
    private CountDownLatch gate = new CountDownLatch(0);

    @BeforeAll
    static void needsChromium() {
        assertThat(Browser.available()).as("needs chromium and chromium-driver (apt-get install -y chromium "
                + "chromium-driver); skip with -Dsurefire.excludedGroups=slow-bench,browser").isTrue();
    }

    @AfterEach
    void stopAll() {
        gate.countDown();
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.stop();
        }
        if (host != null) {
            host.stop();
        }
    }

    @Test
    void theDirectAnswerStreamsFirstThenStaysBoldAboveItsHighlightedQuote() {
        gate = new CountDownLatch(1);
        serve(DirectAnswers::compound, gate, WebSettings.DEFAULTS);
        ask("When is the parade and who is going?");

        // Only the direct event has arrived: the bold answer is on screen before any quote.
        WebElement early = browser.waitFor(By.cssSelector(".msg.pending strong.direct"));
        assertThat(flat(early)).isEqualTo("Wednesday (3 Sep 2025) 1; Kim Jong Un 2");
        assertThat(browser.driver.findElement(By.cssSelector(".msg.pending")).getText()).doesNotContain("The parade");
        gate.countDown();

        WebElement answer = browser.waitFor(By.cssSelector("article.msg.bot"));
        WebElement direct = answer.findElement(By.cssSelector("p.direct strong"));
        assertThat(flat(direct)).isEqualTo("Wednesday (3 Sep 2025) 1; Kim Jong Un 2");
        assertThat(Integer.parseInt(direct.getCssValue("font-weight"))).isGreaterThanOrEqualTo(700);
        WebElement quotes = answer.findElement(By.cssSelector("p.answer"));
        assertThat(direct.getLocation().getY()).isLessThan(quotes.getLocation().getY());
        assertThat(quotes.getText()).startsWith("The parade on Wednesday (3 Sep 2025) will be hosted")
                .doesNotContain("Kim Jong Un 2\n").contains("Kim Jong Un plans to join");
        assertThat(quotes.findElements(By.cssSelector("mark.answer-span"))).extracting(WebElement::getText)
                .containsExactly("Wednesday", "Kim Jong Un");
        assertThat(browser.js("const m = arguments[0].querySelector('mark.answer-span');"
                + "return getComputedStyle(m).backgroundColor !== getComputedStyle(m.parentElement).backgroundColor",
                quotes)).isEqualTo(true);
        WebElement date = quotes.findElement(By.cssSelector("time.resolved"));
        assertThat(date.getText()).isEqualTo("(3 Sep 2025)");
        assertThat(date.getDomAttribute("datetime")).isEqualTo("2025-09-03");
        // The direct line is not repeated in the quotes: two markers there, one per quote.
        assertThat(quotes.findElements(By.cssSelector(".cite-btn"))).extracting(WebElement::getText)
                .containsExactly("1", "2");

        browser.screenshot(Path.of(System.getProperty("basedir", ".")).resolve("target/direct-answer.png"));

        // Reloaded from the session, the answer renders the same way.
        browser.driver.navigate().refresh();
        WebElement restored = browser.waitFor(By.cssSelector("article.msg.bot p.direct strong"));
        assertThat(flat(restored)).isEqualTo("Wednesday (3 Sep 2025) 1; Kim Jong Un 2");
        assertThat(browser.driver.findElements(By.cssSelector("article.msg.bot mark.answer-span"))).hasSize(2);
    }

    @Test
    void aMetadataCitationReadsAsItsFieldNotAsAQuote() {
        serve(DirectAnswers::byline, new CountDownLatch(0), WebSettings.DEFAULTS);
        ask("Who wrote the article about the parade?");

        WebElement answer = browser.waitFor(By.cssSelector("article.msg.bot"));
        assertThat(flat(answer.findElement(By.cssSelector("p.direct strong")))).isEqualTo("Dasl Yoon 1");
        assertThat(answer.findElements(By.cssSelector("p.answer"))).isEmpty();
        assertThat(answer.findElement(By.cssSelector(".sources li")).getText())
                .startsWith("1Author: Dasl Yoon — " + DirectAnswers.TITLE).endsWith("WSJ, Aug 28, 2025");
        WebElement marker = answer.findElement(By.cssSelector(".cite-btn"));
        new Actions(browser.driver).moveToElement(marker).perform();
        WebElement tip = answer.findElement(By.cssSelector(".tip"));
        assertThat(tip.getText()).startsWith("Author: Dasl Yoon");
        assertThat(tip.findElements(By.cssSelector("q"))).isEmpty();
    }

    @Test
    void quotesWithoutADirectAnswerStillShowTheirResolvedDates() {
        Supplier<Answer> plain = () -> {
            Citation when = DirectAnswers.sentence(1, DirectAnswers.WHEN, 0);
            return new Answer(DirectAnswers.WHEN + " [1]", false, List.of(when), List.of(), "extractive", 0.5, null,
                    Map.of());
        };
        serve(plain, new CountDownLatch(0), WebSettings.DEFAULTS);
        ask("When is the parade?");

        WebElement answer = browser.waitFor(By.cssSelector("article.msg.bot"));
        assertThat(answer.findElements(By.cssSelector(".direct, mark.answer-span"))).isEmpty();
        assertThat(answer.findElement(By.cssSelector("p.answer")).getText())
                .startsWith("The parade on Wednesday (3 Sep 2025) will be hosted");
        assertThat(answer.findElement(By.cssSelector("p.answer time.resolved")).getText()).isEqualTo("(3 Sep 2025)");
    }

    @Test
    void theWidgetShowsTheBoldAnswerAndTheHighlight() {
        host = Javalin.create(config -> config.routes.get("/", ctx -> ctx.html(hostPage()))).start(0);
        serve(DirectAnswers::compound, new CountDownLatch(0),
                WebSettings.DEFAULTS.withAllowedOrigins(Set.of(hostOrigin())));
        browser = new Browser(1000, 760);
        browser.open(hostOrigin() + "/");
        browser.await(d -> "ready".equals(d.findElement(By.id("newsdesk-widget"))
                .getDomAttribute("data-newsdesk-status")));
        SearchContext shadow = browser.driver.findElement(By.cssSelector("[data-newsdesk-widget]")).getShadowRoot();
        shadow.findElement(By.cssSelector(".launcher")).click();
        browser.switchTo().frame(shadow.findElement(By.cssSelector("iframe.frame")));
        browser.waitFor(By.id("question")).sendKeys("When is the parade and who is going?");
        browser.driver.findElement(By.id("send")).click();

        WebElement direct = browser.waitFor(By.cssSelector("article.msg.bot p.direct strong"));
        assertThat(flat(direct)).isEqualTo("Wednesday (3 Sep 2025) 1; Kim Jong Un 2");
        assertThat(Integer.parseInt(direct.getCssValue("font-weight"))).isGreaterThanOrEqualTo(700);
        assertThat(browser.driver.findElements(By.cssSelector("article.msg.bot p.answer mark.answer-span")))
                .extracting(WebElement::getText).containsExactly("Wednesday", "Kim Jong Un");
        browser.switchTo().defaultContent();
    }

    /** The text as shown, without the line breaks WebDriver puts around a superscript marker. */
    private static String flat(WebElement element) {
        return element.getText().replaceAll("\\s*\n\\s*", "");
    }

    private void serve(Supplier<Answer> answer, CountDownLatch gate, WebSettings settings) {
        app = WebApp.create(CannedAnswer.service(answer, gate), settings).start(0);
    }

    private void ask(String question) {
        browser = new Browser(1000, 760);
        browser.open("http://127.0.0.1:" + app.port() + "/");
        browser.waitFor(By.id("question")).sendKeys(question);
        browser.driver.findElement(By.id("send")).click();
    }

    private String hostOrigin() {
        return "http://localhost:" + host.port();
    }

    private String hostPage() {
        String base = "http://127.0.0.1:" + app.port();
        return "<!doctype html><html lang=en><head><meta charset=utf-8><title>The Gazette</title></head><body>"
                + "<h1>The Gazette</h1><script id=newsdesk-widget src=\"" + base + "/widget.js\" data-newsdesk-url=\""
                + base + "\" data-title=\"Ask the Gazette\" defer></script></body></html>";
    }
}
