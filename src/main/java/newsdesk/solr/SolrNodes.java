package newsdesk.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.AbstractUpdateRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.json.JsonMapResponseParser;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newsdesk.error.RefusedException;

/**
 * The configured Solr nodes, reached with SolrJ's {@link HttpJdkSolrClient} ({@code java.net.http}, no Jetty), with
 * fail-over: a request goes to the node that answered last; when it cannot be reached, times out or answers 5xx,
 * the next node is tried. When no node answers the caller gets a {@link RefusedException} of kind
 * {@code UNAVAILABLE} ({@code store_unavailable}); a 4xx answer is a {@link SolrRequestException} carrying Solr's
 * message. Every request is bounded by the timeout, so nothing waits longer than {@code nodes × timeout}. Answers
 * are read as JSON ({@code wt=json}) and handed on as Jackson trees. Each node passed over is logged as one WARN
 * line naming it and its refusal ({@code serve} silences SolrJ's own ERROR stack trace for a node that dies while
 * a request body is being written, which says the same).
 */
public final class SolrNodes implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SolrNodes.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REMOTE_PREFIX = "Error from server at ";

    private final List<String> nodes;
    private final ExecutorService executor;
    private final HttpJdkSolrClient client;
    private final AtomicInteger preferred = new AtomicInteger();

    public SolrNodes(List<URI> nodes, Duration timeout) {
        this.nodes = nodes.stream().map(URI::toString).toList();
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "solrj-http");
            thread.setDaemon(true);
            return thread;
        });
        Duration connect = timeout.compareTo(Duration.ofSeconds(2)) < 0 ? timeout : Duration.ofSeconds(2);
        this.client = new HttpJdkSolrClient.Builder()
                .withResponseParser(new JsonMapResponseParser())
                .withConnectionTimeout(connect.toMillis(), TimeUnit.MILLISECONDS)
                .withRequestTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .withExecutor(executor)
                .useHttp1_1(true)
                .build();
    }

    public SolrNodes(SolrSettings settings) {
        this(settings.urls(), settings.timeout());
    }

    public static ObjectMapper json() {
        return JSON;
    }

    /** Sends {@code request} to {@code collection} (null for node-level requests such as the admin APIs). */
    public JsonNode request(String collection, SolrRequest<?> request) {
        List<String> failures = new ArrayList<>();
        int first = preferred.get();
        for (int attempt = 0; attempt < nodes.size(); attempt++) {
            int node = (first + attempt) % nodes.size();
            try {
                NamedList<Object> answer = client.requestWithBaseUrl(nodes.get(node), request, collection);
                preferred.set(node);
                return JSON.valueToTree(answer.asShallowMap());
            } catch (SolrException e) {
                if (e.code() >= 500 || e.code() < 400) {
                    failures.add(passedOver(nodes.get(node), request, e.code() + " " + message(e)));
                    continue;
                }
                preferred.set(node);
                throw new SolrRequestException(e.code(), message(e));
            } catch (RuntimeException e) {
                if (e.getCause() instanceof InterruptedException) { // how SolrJ reports an interrupted wait
                    throw new RefusedException(RefusedException.Kind.UNAVAILABLE, "store_unavailable", "interrupted");
                }
                throw e;
            } catch (SolrServerException | IOException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                failures.add(passedOver(nodes.get(node), request, cause.getMessage() == null
                        ? cause.getClass().getSimpleName() : cause.getMessage()));
            }
        }
        throw new RefusedException(RefusedException.Kind.UNAVAILABLE, "store_unavailable",
                "the search cluster did not answer: " + String.join("; ", failures));
    }

    /**
     * A JSON Request API query to the collection's {@code /select}: {@code request} is the JSON body, sent as Solr's
     * {@code json} parameter in a form POST (a streamed body would need a writer thread per request in SolrJ's JDK
     * client, which logs an error whenever a node fails mid-request).
     */
    public JsonNode select(String collection, Map<String, Object> request) {
        try {
            ModifiableSolrParams params = new ModifiableSolrParams().set("json", JSON.writeValueAsString(request));
            return request(collection, new QueryRequest(params, SolrRequest.METHOD.POST));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Document {@code id} of {@code collection} with {@code fields}, by Solr's real-time get, which sees every
     * acknowledged update without a commit; empty when there is none. A 4xx answer is refused as
     * {@code store_unavailable}: "could not read the {@code what}: …".
     */
    public Optional<JsonNode> realTimeGet(String collection, String id, String fields, String what) {
        ModifiableSolrParams params = new ModifiableSolrParams().set("id", id).set("fl", fields);
        QueryRequest get = new QueryRequest(params);
        get.setPath("/get");
        JsonNode doc;
        try {
            doc = request(collection, get).path("doc");
        } catch (SolrRequestException e) {
            throw new RefusedException(RefusedException.Kind.UNAVAILABLE, "store_unavailable",
                    "could not read the " + what + ": " + e.getMessage());
        }
        return doc.isMissingNode() || doc.isNull() ? Optional.empty() : Optional.of(doc);
    }

    /**
     * Adds (or replaces) one document; with {@code commit}, returns after a hard commit that waits for the new
     * searcher. A {@code _version_} field makes it conditional (409 on conflict, as {@link SolrRequestException}).
     */
    public void add(String collection, Map<String, Object> fields, boolean commit) {
        SolrInputDocument doc = new SolrInputDocument();
        fields.forEach(doc::setField);
        UpdateRequest update = new UpdateRequest().add(doc);
        if (commit) {
            update.setAction(AbstractUpdateRequest.ACTION.COMMIT, true, true);
        }
        request(collection, update);
    }

    /** Logs a node passed over as one WARN line; returns {@code node: refusal} for the caller's failure message. */
    private static String passedOver(String node, SolrRequest<?> request, String refusal) {
        LOG.warn("Solr node {} refused {} {}: {}", node, request.getMethod(), request.getPath(), refusal);
        return node + ": " + refusal;
    }

    /** Solr's own message, without SolrJ's "Error from server at URL: " prefix. */
    private static String message(SolrException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int colon = message.indexOf(": ");
        String text = message.startsWith(REMOTE_PREFIX) && colon > 0 ? message.substring(colon + 2) : message;
        String first = text.lines().findFirst().orElse("").strip();
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            executor.shutdownNow();
        }
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
