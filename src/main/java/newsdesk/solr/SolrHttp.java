package newsdesk.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import newsdesk.error.RefusedException;

/**
 * Solr's HTTP API over {@code java.net.http}, with fail-over across the configured nodes: a request goes to the node
 * that answered last; when it cannot be reached, times out or answers 5xx, the next node is tried. When no node
 * answers the caller gets a {@link RefusedException} of kind {@code UNAVAILABLE} ({@code store_unavailable}); a 4xx
 * answer is a {@link SolrRequestException} carrying Solr's message. Every request is bounded by the timeout, so
 * nothing waits longer than {@code nodes × timeout}.
 */
public final class SolrHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<URI> nodes;
    private final Duration timeout;
    private final HttpClient client;
    private final AtomicInteger preferred = new AtomicInteger();

    public SolrHttp(List<URI> nodes, Duration timeout) {
        this.nodes = List.copyOf(nodes);
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout.compareTo(Duration.ofSeconds(2)) < 0 ? timeout : Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public SolrHttp(SolrSettings settings) {
        this(settings.urls(), settings.timeout());
    }

    public static ObjectMapper json() {
        return JSON;
    }

    /** GET {@code path} (after the base URL, e.g. {@code /admin/collections}) with query parameters. */
    public JsonNode get(String path, Map<String, String> params) {
        return send(path + "?" + form(params), null, null);
    }

    /**
     * Document {@code id} of the collection at {@code collectionPath} ({@code /name}) with {@code fields}, by Solr's
     * real-time get, which sees every acknowledged update without a commit; empty when there is none. A 4xx answer is
     * refused as {@code store_unavailable}: "could not read the {@code what}: …".
     */
    public Optional<JsonNode> realTimeGet(String collectionPath, String id, String fields, String what) {
        JsonNode doc;
        try {
            doc = get(collectionPath + "/get", Map.of("id", id, "fl", fields)).path("doc");
        } catch (SolrRequestException e) {
            throw new RefusedException(RefusedException.Kind.UNAVAILABLE, "store_unavailable",
                    "could not read the " + what + ": " + e.getMessage());
        }
        return doc.isMissingNode() || doc.isNull() ? Optional.empty() : Optional.of(doc);
    }

    /** POST a JSON body to {@code path} with query parameters. */
    public JsonNode postJson(String path, Map<String, String> params, Object body) {
        try {
            return send(path + (params.isEmpty() ? "" : "?" + form(params)), JSON.writeValueAsBytes(body),
                    "application/json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POST raw bytes (an update request written by hand, a configset zip) to {@code path}. */
    public JsonNode post(String path, Map<String, String> params, byte[] body, String contentType) {
        return send(path + (params.isEmpty() ? "" : "?" + form(params)), body, contentType);
    }

    private JsonNode send(String pathAndQuery, byte[] body, String contentType) {
        List<String> failures = new ArrayList<>();
        int first = preferred.get();
        for (int attempt = 0; attempt < nodes.size(); attempt++) {
            int node = (first + attempt) % nodes.size();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(nodes.get(node) + pathAndQuery))
                    .timeout(timeout)
                    .header("Accept", "application/json");
            if (body == null) {
                request.GET();
            } else {
                request.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
            }
            try {
                HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status >= 500) {
                    failures.add(nodes.get(node) + ": " + status + " " + message(response.body()));
                    continue;
                }
                preferred.set(node);
                if (status >= 400) {
                    throw new SolrRequestException(status, message(response.body()));
                }
                return JSON.readTree(response.body());
            } catch (IOException e) {
                failures.add(nodes.get(node) + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RefusedException(RefusedException.Kind.UNAVAILABLE, "store_unavailable", "interrupted");
            }
        }
        throw new RefusedException(RefusedException.Kind.UNAVAILABLE, "store_unavailable",
                "the search cluster did not answer: " + String.join("; ", failures));
    }

    private static String message(byte[] body) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            String msg = error.path("msg").asText("");
            return msg.isEmpty() ? error.path("trace").asText("").lines().findFirst().orElse("") : msg;
        } catch (IOException e) {
            String text = new String(body, StandardCharsets.UTF_8).strip();
            return text.length() > 200 ? text.substring(0, 200) + "…" : text;
        }
    }

    static String form(Map<String, String> params) {
        StringJoiner joined = new StringJoiner("&");
        params.forEach((name, value) -> joined.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joined.toString();
    }

    /** Solr refused a request (4xx): a bug in the request, a missing collection, or a version conflict (409). */
    public static final class SolrRequestException extends RuntimeException {

        private final int status;

        SolrRequestException(int status, String message) {
            super("Solr answered " + status + ": " + message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
