package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * An article whose title, outlet and body carry script and HTML payloads (fixture
 * {@code web/corpus/2025-09-04-payload-gazette-xss.txt}) shows as literal text everywhere the chat renders it, and
 * none of its scripts runs.
 */
@Tag("browser")
class InertContentBrowserTest {

    private static TestServer server;
    private Browser browser;

    @BeforeAll
    static void start() {
        assertThat(Browser.available()).as("needs chromium and chromium-driver (apt-get install -y chromium "
                + "chromium-driver); skip with -Dsurefire.excludedGroups=browser").isTrue();
        server = TestServer.start(WebSettings.DEFAULTS);
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
    void hostileArticleTextRendersAsInertText() {
        browser.open(server.base() + "/");
        String title = browser.driver.getTitle();
        browser.waitFor(By.id("question")).sendKeys("How many visitors did the zeppelin festival draw at the airfield?");
        browser.driver.findElement(By.id("send")).click();
        browser.await(d -> !d.findElements(By.cssSelector("article.msg.bot")).isEmpty());
        WebElement answer = browser.driver.findElement(By.cssSelector("article.msg.bot"));
        assertThat(answer.getText()).contains("<script>window.pwned=4;document.title='pwned'</script>");
        WebElement marker = answer.findElement(By.cssSelector(".cite-btn"));
        new Actions(browser.driver).moveToElement(marker).perform();
        assertThat(answer.findElement(By.cssSelector(".tip")).getText()).contains("Payload Gazette <b onmouseover=");
        assertThat(answer.findElement(By.cssSelector(".sources a")).getText())
                .contains("<img src=x onerror=\"window.pwned=1;document.title='pwned'\">");
        marker.click();
        browser.waitFor(By.cssSelector("#article mark.cited"));
        assertThat(browser.driver.findElement(By.id("article-title")).getText()).contains("<script>");
        assertThat(browser.driver.findElement(By.id("article-body")).getText()).contains("<img src=x onerror=");
        new Actions(browser.driver).moveToElement(browser.driver.findElement(By.id("article-meta"))).perform();

        assertThat(browser.js("return window.pwned === undefined")).isEqualTo(true);
        assertThat(browser.driver.getTitle()).isEqualTo(title).isNotEqualTo("pwned");
        assertThat(browser.js("return document.querySelectorAll('img, script:not([src]), b[onmouseover]').length"))
                .isEqualTo(0L);
    }
}
