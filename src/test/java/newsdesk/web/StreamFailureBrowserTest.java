package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;


/**
 * The chat page in headless Chromium when a streamed answer fails after its first words: the half-written answer
 * is replaced by an error the reader can see (and a screen reader announces), never left on screen as if complete.
 */
@Tag("browser")
class StreamFailureBrowserTest {

    private Javalin app;
    private Browser browser;

    @BeforeAll
    static void needsChromium() {
        assertThat(Browser.available()).as("needs chromium and chromium-driver (apt-get install -y chromium "
                + "chromium-driver); skip with -Dsurefire.excludedGroups=browser").isTrue();
    }

    @AfterEach
    void stopAll() {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void anErrorEventReplacesTheHalfWrittenAnswer() {
        serve(new IllegalStateException("the model crashed"));

        WebElement error = askAndWaitForError();

        assertThat(error.getText()).isEqualTo("the server could not finish this answer; the error was logged");
        assertThat(browser.driver.findElement(By.id("log")).getText()).doesNotContain("The parade will");
    }

    @Test
    void aStreamCutOffWithoutDoneOrErrorIsShownAsCutOff() {
        // The server stops writing as if the connection had dropped: no "done", no "error" event.
        serve(new AnswerStream.ClientGone(new IOException("connection reset")));

        WebElement error = askAndWaitForError();

        assertThat(error.getText()).contains("cut off");
        assertThat(browser.driver.findElement(By.id("log")).getText()).doesNotContain("The parade will");
        assertThat(browser.driver.findElements(By.cssSelector(".msg.pending"))).isEmpty();
        assertThat(browser.driver.findElement(By.id("send")).isEnabled()).isTrue();
    }

    private WebElement askAndWaitForError() {
        browser = new Browser(1000, 760);
        browser.open("http://127.0.0.1:" + app.port() + "/");
        browser.waitFor(By.id("question")).sendKeys("Who will host the parade?");
        browser.driver.findElement(By.id("send")).click();
        WebElement error = browser.waitFor(By.cssSelector(".msg.bot.error[role=alert]"));
        assertThat(browser.driver.findElement(By.id("status")).getText()).isEmpty();
        return error;
    }

    /** The production wiring over a store with nothing in it and an answerer that writes a few words, then fails. */
    private void serve(RuntimeException failure) {
        app = WebApp.create(FailingMidAnswer.service(failure), WebSettings.DEFAULTS).start(0);
    }
}
