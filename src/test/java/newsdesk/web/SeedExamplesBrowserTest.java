package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import newsdesk.testing.SeedExamples;

/**
 * Issue 13's questions on the chat page in headless Chromium (production wiring, real model, the repository's
 * seeds), each in a new conversation: the direct answer in bold above the quotes, its parts highlighted in them, the
 * resolved date beside the weekday, the byline's source reading as its field.
 */
@Tag("browser")
class SeedExamplesBrowserTest {

    static final List<SeedExamples> EXAMPLES = SeedExamples.ALL;

    private static TestServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        assertThat(Browser.available()).as("needs chromium and chromium-driver (apt-get install -y chromium "
                + "chromium-driver); skip with -Dsurefire.excludedGroups=browser").isTrue();
        server = TestServer.startRealSeeds(TestServer.UNLIMITED);
        browser = new Browser(1100, 820);
        browser.open(server.base() + "/");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("EXAMPLES")
    void theChatPageShowsTheDirectAnswerFirstInBold(SeedExamples example) {
        browser.waitFor(By.id("new-chat")).click();
        browser.await(d -> d.findElements(By.cssSelector(".msg")).isEmpty());
        browser.waitFor(By.id("question")).sendKeys(example.question());
        browser.driver.findElement(By.id("send")).click();

        WebElement answer = browser.waitFor(By.cssSelector("article.msg.bot"));
        WebElement direct = answer.findElement(By.cssSelector("p.direct strong"));
        assertThat(flat(direct)).as(example.question()).isEqualTo(example.shownLine());
        assertThat(Integer.parseInt(direct.getCssValue("font-weight"))).isGreaterThanOrEqualTo(700);
        WebElement quotes = answer.findElement(By.cssSelector("p.answer"));
        assertThat(direct.getLocation().getY()).isLessThan(quotes.getLocation().getY());
        if (example.field() == null) {
            assertThat(quotes.findElements(By.cssSelector("mark.answer-span"))).extracting(WebElement::getText)
                    .containsExactlyElementsOf(example.parts());
        } else {
            assertThat(answer.findElement(By.cssSelector(".sources li")).getText())
                    .startsWith("1Author: " + SeedExamples.AUTHORS + " — ");
        }
        if (example.resolved() != null) {
            WebElement date = quotes.findElement(By.cssSelector("time.resolved"));
            assertThat(date.getText()).isEqualTo("(3 Sep 2025)");
            assertThat(date.getDomAttribute("datetime")).isEqualTo(example.resolved().toString());
        }
    }

    /** The text as shown, without the line breaks WebDriver puts around a superscript marker. */
    private static String flat(WebElement element) {
        return element.getText().replaceAll("\\s*\n\\s*", "");
    }
}
