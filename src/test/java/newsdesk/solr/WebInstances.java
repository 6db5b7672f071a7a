package newsdesk.solr;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.Javalin;

import newsdesk.qa.QaService;
import newsdesk.web.WebApp;
import newsdesk.web.WebSettings;

/** One Newsdesk web instance on a random port, as production wires it, and a JDK client for its JSON API. */
final class WebInstances implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final Javalin app;

    WebInstances(QaService qa) {
        this.app = WebApp.create(qa, WebSettings.DEFAULTS).start(0);
    }

    int port() {
        return app.port();
    }

    /** POSTs {@code body} as JSON; returns the status and the parsed reply. */
    Reply post(String path, Map<String, Object> body) {
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.port() + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(SolrNodes.json().writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), SolrNodes.json().readTree(response.body()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP status with its JSON body. */
    record Reply(int status, JsonNode json) {
    }

    @Override
    public void close() {
        app.stop();
    }
}
