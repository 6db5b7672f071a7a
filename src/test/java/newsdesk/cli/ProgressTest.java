package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The progress bar of {@code newsdesk ingest}: what it draws on a terminal, and that it is silent otherwise. */
class ProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
    private final AtomicLong now = new AtomicLong(5_000_000_000L);

    @Test
    void onATerminalItRedrawsOneLineWithArticlesChunksRateAndEta() {
        Progress progress = new Progress(out, true, now::get);
        progress.update(0, 40, 0, 200);
        assertThat(text()).isEqualTo("\r[" + " ".repeat(30) + "] 0/40 articles, 0/200 chunks, 0 chunks/s, ETA -- ");
        bytes.reset();
        now.addAndGet(2_000_000_000L);
        progress.update(10, 40, 50, 200);
        assertThat(text()).isEqualTo("\r[" + "#".repeat(7) + " ".repeat(23)
                + "] 10/40 articles, 50/200 chunks, 25 chunks/s, ETA 6s ");
        bytes.reset();
        now.addAndGet(6_000_000_000L);
        progress.update(40, 40, 200, 200);
        assertThat(text()).contains("[" + "#".repeat(30) + "]").contains("40/40 articles, 200/200 chunks, 25 chunks/s")
                .endsWith("ETA 0s ").doesNotContain("\n");
        progress.finish();
        assertThat(text()).endsWith(System.lineSeparator());
        bytes.reset();
        progress.finish();
        assertThat(text()).as("the line is ended once").isEmpty();
    }

    @Test
    void withoutATerminalNothingIsDrawn() {
        Progress progress = new Progress(out, false, now::get);
        progress.update(3, 10, 12, 40);
        progress.finish();
        assertThat(text()).isEmpty();
    }

    @Test
    void nothingToEmbedDrawsNothing() {
        Progress progress = new Progress(out, true, now::get);
        progress.update(0, 0, 0, 0);
        progress.finish();
        assertThat(text()).isEmpty();
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
