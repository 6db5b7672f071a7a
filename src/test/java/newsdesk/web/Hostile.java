package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends malformed or hostile requests and checks the one acceptable outcome: a 4xx within 2 s whose body is
 * {@code {"error":{"code","message"}}} JSON naming no class, package, file path or stack frame of the server.
 */
final class Hostile {

    static final Duration PROMPT = Duration.ofSeconds(2);
    /** Words that only a leak from inside the server would put in a response. */
    private static final List<String> LEAKS = List.of("exception", "\tat ", "java.", "javax.", "jakarta.",
            "org.eclipse", "io.javalin", "com.fasterxml", "jackson", "newsdesk.", "/work/", "/home/", "/root/", "/tmp/",
            ".java", ".kt:", "caused by", "<html");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static final AtomicInteger SENT = new AtomicInteger();

    private final TestServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Hostile(TestServer server) {
        this.server = server;
    }

    /** Server settings for the hostile runs: limits on, rates off (a 429 would hide what the routes answer). */
    static WebSettings settings() {
        return TestServer.UNLIMITED;
    }

    /** Sends {@code method path} with {@code body} and optional content type through the JDK client; checks it. */
    void send(String method, String path, byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        String sent = method + " " + path + " " + (body == null ? "" : new String(body, StandardCharsets.UTF_8));
        check(sent, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), took);
    }

    /** Writes {@code raw} bytes on a fresh connection, reads the whole answer, checks it. */
    void sendRaw(byte[] raw) {
        long started = System.nanoTime();
        byte[] answer;
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout((int) PROMPT.toMillis() * 2);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(raw);
                out.flush();
                socket.shutdownOutput();
            } catch (IOException e) {
                // the server may answer and close before reading everything: what it said is what counts
            }
            answer = readAll(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        String text = new String(answer, StandardCharsets.UTF_8);
        int headerEnd = text.indexOf("\r\n\r\n");
        assertThat(headerEnd).as("a complete HTTP response to " + printable(raw) + ":\n" + text).isPositive();
        String[] head = text.substring(0, headerEnd).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        String type = "";
        for (String line : head) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                type = line.substring(13).strip();
            }
        }
        check(new String(raw, StandardCharsets.ISO_8859_1), status, type, text.substring(headerEnd + 4), took);
    }

    private static void check(String sent, int status, String contentType, String body, Duration took) {
        SENT.incrementAndGet();
        String what = printable(sent.getBytes(StandardCharsets.UTF_8)) + " -> " + status + " " + body;
        assertThat(status).as(what).isBetween(400, 499);
        assertThat(took).as("answered within 2 s: " + what).isLessThan(PROMPT);
        assertThat(contentType).as(what).startsWith("application/json");
        JsonNode json;
        try {
            json = MAPPER.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + what, e);
        }
        assertThat(json.size()).as(what).isEqualTo(1);
        JsonNode error = json.get("error");
        assertThat(error).as(what).isNotNull();
        assertThat(error.size()).as(what).isEqualTo(2);
        assertThat(error.get("code").isTextual() && error.get("message").isTextual()).as(what).isTrue();
        String lowerBody = body.toLowerCase(Locale.ROOT);
        String lowerSent = sent.toLowerCase(Locale.ROOT);
        for (String leak : LEAKS) {
            if (!lowerSent.contains(leak)) {
                assertThat(lowerBody).as("leaks '" + leak + "': " + what).doesNotContain(leak);
            }
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            if (out.size() == 0) {
                throw e;
            }
            // a reset after the full answer (the server closed while we still had bytes in flight) is fine
        }
        return out.toByteArray();
    }

    private static String printable(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (text.length() > 300) {
            text = text.substring(0, 300) + "…(" + bytes.length + " bytes)";
        }
        return text.replaceAll("[\\x00-\\x1f\\x7f-\\x9f]", "·");
    }
}
