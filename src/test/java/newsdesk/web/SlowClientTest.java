package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * Issue #15 item 2: 150 sockets from one address trickling a question body byte by byte must neither hold the
 * server nor stay open: {@code /health} and questions from another client keep answering, and the server closes
 * every slow socket (the ones beyond the per-client cap at once, the others at the minimum data rate). Bounded: it
 * stops after 60 s whatever happens.
 */
class SlowClientTest {

    @Test
    void slowClientsAreCutOffWhileHealthAndQuestionsKeepAnswering() throws Exception {
        WebSettings settings = TestServer.UNLIMITED.withConnections(new ConnectionLimits(50,
                ConnectionLimits.DEFAULT_MIN_REQUEST_BYTES_PER_SECOND, ConnectionLimits.DEFAULT_WEBHOOK_RATE_PER_MINUTE));
        try (TestServer server = TestServer.start(settings)) {
            SlowClients.Run run = SlowClients.run("127.0.0.1", server.port(), "127.0.0.2", 150,
                    Duration.ofMillis(300), Duration.ofSeconds(60));

            assertThat(run.opened()).isEqualTo(150);
            assertThat(run.closedByServer()).as("slow sockets the server closed").isEqualTo(150);
            assertThat(run.healthStatuses()).isNotEmpty().containsOnly(200);
            assertThat(run.questionStatuses()).isNotEmpty().containsOnly(200);
        }
    }

    @Test
    void aSlowBodyThatIsRefusedAnywayIsCutOffToo() throws Exception {
        WebSettings settings = TestServer.UNLIMITED.withConnections(new ConnectionLimits(50,
                ConnectionLimits.DEFAULT_MIN_REQUEST_BYTES_PER_SECOND, ConnectionLimits.DEFAULT_WEBHOOK_RATE_PER_MINUTE));
        try (TestServer server = TestServer.start(settings)) {
            SlowClients.Run run = SlowClients.run("127.0.0.1", server.port(), "127.0.0.3", 40,
                    Duration.ofMillis(300), Duration.ofSeconds(60), 100_000);

            assertThat(run.closedByServer()).as("refused slow bodies the server stopped reading").isEqualTo(40);
            assertThat(run.healthStatuses()).isNotEmpty().containsOnly(200);
        }
    }
}
