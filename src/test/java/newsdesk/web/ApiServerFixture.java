package newsdesk.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One server per test class for the JSON API tests: the production wiring, the test corpus, no rate limits. */
abstract class ApiServerFixture {

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.UNLIMITED);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }
}
