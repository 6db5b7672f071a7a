package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/**
 * The widget on a host page served from another origin ({@code http://localhost:HOST_PORT} embedding
 * {@code http://127.0.0.1:NEWSDESK_PORT}), in headless Chromium: it works when that origin is allowed and is refused
 * when it is not.
 */
@Tag("browser")
class WidgetBrowserTest {

    private Javalin host;
    private volatile String newsdeskBase = "http://127.0.0.1:1";
    private TestServer server;
    private Browser browser;

    @BeforeAll
    static void needsChromium() {
        assertThat(Browser.available()).as("needs chromium and chromium-driver (apt-get install -y chromium "
                + "chromium-driver); skip with -Dsurefire.excludedGroups=browser").isTrue();
    }

    @BeforeEach
    void startHostSite() {
        host = Javalin.create(config -> config.routes.get("/", ctx -> ctx.html(hostPage()))).start(0);
        browser = new Browser(1000, 760);
    }

    @AfterEach
    void stopAll() throws Exception {
        browser.close();
        host.stop();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void worksOnAnAllowedSite() {
        startNewsdesk(Set.of(hostOrigin()));
        browser.open(hostOrigin() + "/");
        browser.await(d -> "ready".equals(widgetScript().getDomAttribute("data-newsdesk-status")));

        SearchContext shadow = browser.driver.findElement(By.cssSelector("[data-newsdesk-widget]")).getShadowRoot();
        WebElement launcher = shadow.findElement(By.cssSelector(".launcher"));
        assertThat(launcher.isDisplayed()).as("host CSS hides light-DOM buttons, not the widget's").isTrue();
        assertThat(launcher.getText()).isEqualTo("Ask the Gazette");
        assertThat(launcher.getDomAttribute("aria-expanded")).isEqualTo("false");
        launcher.click();
        assertThat(launcher.getDomAttribute("aria-expanded")).isEqualTo("true");

        WebElement frame = shadow.findElement(By.cssSelector("iframe.frame"));
        assertThat(frame.getDomAttribute("title")).isEqualTo("Ask the Gazette");
        browser.switchTo().frame(frame);
        WebElement question = browser.waitFor(By.id("question"));
        assertThat(browser.js("return getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()"))
                .isEqualTo("#c0392b");
        question.sendKeys("Who will join Xi at the military parade in Beijing?");
        browser.driver.findElement(By.id("send")).click();
        browser.await(d -> !d.findElements(By.cssSelector("article.msg.bot .cite-btn")).isEmpty());
        assertThat(browser.driver.findElement(By.cssSelector("article.msg.bot .answer")).getText())
                .contains("Kim Jong Un");
        browser.driver.findElement(By.cssSelector("article.msg.bot .fb-up")).click();
        browser.await(d -> d.findElement(By.cssSelector("article.msg.bot .fb-status")).getText()
                .equals("Thanks for the feedback."));
        assertThat(server.newsdesk.qa().feedbackRecords()).extracting(f -> f.rating().wire()).containsExactly("up");
        browser.switchTo().defaultContent();

        shadow.findElement(By.cssSelector(".close")).click();
        assertThat(shadow.findElement(By.cssSelector(".panel")).isDisplayed()).isFalse();
    }

    @Test
    void isRefusedOnASiteThatIsNotAllowed() {
        startNewsdesk(Set.of("https://news.example.com"));
        browser.open(hostOrigin() + "/");
        browser.await(d -> "refused".equals(widgetScript().getDomAttribute("data-newsdesk-status")));

        assertThat(browser.driver.findElements(By.cssSelector("[data-newsdesk-widget]"))).isEmpty();

        // Even a page that frames the chat by hand gets nothing: frame-ancestors blocks it.
        browser.js("const f = document.createElement('iframe'); f.id = 'forced';"
                + "f.addEventListener('load', () => { window.forcedLoaded = true; });"
                + "f.src = arguments[0] + '/?embed=1'; document.body.append(f);", newsdeskBase);
        browser.await(d -> Boolean.TRUE.equals(browser.js("return window.forcedLoaded === true")));
        browser.switchTo().frame(browser.driver.findElement(By.id("forced")));
        assertThat(browser.driver.findElements(By.id("question"))).isEmpty();
        assertThat(browser.js("return location.href")).asString().startsWith("chrome-error:");
        browser.switchTo().defaultContent();
    }

    private void startNewsdesk(Set<String> allowedOrigins) {
        server = TestServer.start(WebSettings.DEFAULTS.withAllowedOrigins(allowedOrigins));
        newsdeskBase = server.base();
    }

    private WebElement widgetScript() {
        return browser.driver.findElement(By.id("newsdesk-widget"));
    }

    /** A different origin from Newsdesk's: same loopback address, other host name and port. */
    private String hostOrigin() {
        return "http://localhost:" + host.port();
    }

    /** A host site whose own CSS would break an unisolated widget. */
    private String hostPage() {
        return "<!doctype html><html lang=en><head><meta charset=utf-8><title>The Gazette</title>"
                + "<style>button, iframe { display: none !important; } * { font-family: serif; color: #800; }</style>"
                + "</head><body><h1>The Gazette</h1><p>Today's news.</p>"
                + "<script id=newsdesk-widget src=\"" + newsdeskBase + "/widget.js\" data-newsdesk-url=\""
                + newsdeskBase + "\" data-title=\"Ask the Gazette\" data-accent=\"#c0392b\" defer></script>"
                + "</body></html>";
    }
}
