package newsdesk.slack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts messages to Slack: {@code chat.postMessage} and {@code views.open} on the Web API with the bot token, and delayed slash-command
 * answers to a {@code response_url}. Retries once on 429 (after {@code Retry-After}, at most
 * {@link #MAX_RETRY_WAIT}) or on a 5xx or network error; never throws, reports success as a boolean.
 */
final class SlackClient {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final Duration MAX_RETRY_WAIT = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(SlackClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI apiUrl;
    private final String botToken;

    SlackClient(HttpClient http, URI apiUrl, String botToken) {
        this.http = http;
        this.apiUrl = apiUrl;
        this.botToken = botToken;
    }

    boolean canPost() {
        return botToken != null;
    }

    /** Posts {@code message} (text and blocks) into the thread {@code threadTs} of {@code channel}. */
    boolean postMessage(String channel, String threadTs, ObjectNode message) {
        if (botToken == null) {
            LOG.warn("SLACK_BOT_TOKEN is not set: cannot answer in channel {}", channel);
            return false;
        }
        ObjectNode body = message.deepCopy().put("channel", channel).put("thread_ts", threadTs)
                .put("unfurl_links", false).put("unfurl_media", false);
        HttpRequest request = json(apiUrl.resolve("chat.postMessage"), body)
                .header("Authorization", "Bearer " + botToken).build();
        HttpResponse<String> response = send(request);
        if (response == null || response.statusCode() / 100 != 2) {
            return false;
        }
        JsonNode reply = parse(response.body());
        if (!reply.path("ok").asBoolean(false)) {
            LOG.warn("chat.postMessage failed: {}", reply.path("error").asText("unknown error"));
            return false;
        }
        return true;
    }

    /** Opens a modal with {@code views.open} on a {@code trigger_id} (valid for 3 seconds after the click). */
    boolean openView(String triggerId, ObjectNode view) {
        if (botToken == null || triggerId == null || triggerId.isBlank()) {
            return false;
        }
        ObjectNode body = JSON.createObjectNode().put("trigger_id", triggerId);
        body.set("view", view);
        HttpResponse<String> response = send(json(apiUrl.resolve("views.open"), body)
                .header("Authorization", "Bearer " + botToken).build());
        if (response == null || response.statusCode() / 100 != 2) {
            return false;
        }
        JsonNode reply = parse(response.body());
        if (!reply.path("ok").asBoolean(false)) {
            LOG.warn("views.open failed: {}", reply.path("error").asText("unknown error"));
            return false;
        }
        return true;
    }

    /** Posts a delayed slash-command answer; the caller has checked the URL against the allowed prefixes. */
    boolean postResponse(URI responseUrl, ObjectNode message) {
        HttpResponse<String> response = send(json(responseUrl, message).build());
        return response != null && response.statusCode() / 100 == 2;
    }

    private static HttpRequest.Builder json(URI uri, ObjectNode body) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private HttpResponse<String> send(HttpRequest request) {
        for (int attempt = 1; ; attempt++) {
            Duration wait;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if ((status != 429 && status < 500) || attempt == 2) {
                    return response;
                }
                wait = status == 429 ? retryAfter(response) : Duration.ofSeconds(1);
            } catch (IOException e) {
                LOG.warn("POST {} failed: {}", request.uri().getHost(), e.toString());
                if (attempt == 2) {
                    return null;
                }
                wait = Duration.ofSeconds(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            if (!sleep(wait)) {
                return null;
            }
        }
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        long seconds = response.headers().firstValue("Retry-After").map(v -> {
            try {
                return Long.parseLong(v.strip());
            } catch (NumberFormatException e) {
                return 1L;
            }
        }).orElse(1L);
        return Duration.ofSeconds(Math.max(0, Math.min(seconds, MAX_RETRY_WAIT.toSeconds())));
    }

    private static boolean sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
