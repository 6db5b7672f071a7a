package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A fixed list of malformed and hostile requests, written byte for byte on raw sockets: invalid JSON, wrong types,
 * huge and deeply nested bodies, invalid UTF-8, NUL bytes, wrong content types, bad methods and broken HTTP. Each is
 * answered 4xx JSON within 2 s with nothing of the server's insides (see {@link Hostile}).
 */
class HostileRequestListTest {

    private static TestServer server;
    private static Hostile hostile;

    @BeforeAll
    static void start() {
        server = TestServer.start(Hostile.settings());
        hostile = new Hostile(server);
    }

    @AfterAll
    static void stop() {
        try {
            assertThat(server.get("/health").statusCode()).isEqualTo(200);
            assertThat(server.post("/api/ask", "{\"question\":\"Who hosts the parade in Beijing?\"}").statusCode())
                    .as("still answering after the hostile requests").isEqualTo(200);
        } finally {
            server.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void refusedCleanly(String name, byte[] raw) {
        hostile.sendRaw(raw);
    }

    static Stream<Arguments> requests() {
        List<Arguments> cases = new ArrayList<>();
        // invalid JSON
        for (String body : List.of("{", "}", "[]", "\"question\"", "123", "null", "true", "{\"question\":}",
                "{\"question\":\"x\"", "{\"question\":\"x\",}", "{'question':'who'}", "{question:\"who\"}",
                "{\"question\":\"who\"}{\"question\":\"again\"}", "{\"question\":\"who\"} trailing",
                "{\"question\":NaN}", "{\"question\":\"who\\x\"}", "{\"question\":\"\\ud800\"", "/* */{}",
                "{\"question\":\"who\"\"conversationId\":\"a\"}", "\u0000", "{\"a\":1,\"a\":2}")) {
            cases.add(json("invalid JSON " + body, "/api/ask", body));
        }
        // wrong types and values
        for (String body : List.of("{\"question\":1}", "{\"question\":[\"who\"]}", "{\"question\":{\"q\":1}}",
                "{\"question\":true}", "{\"question\":null}", "{\"question\":\"\"}", "{\"question\":\"   \"}",
                "{\"question\":\"\\u00a0\\u2007\\u202f\"}", "{\"question\":\"?!…\"}", "{\"question\":\"\\u0000\"}",
                "{\"question\":\"who\",\"conversationId\":5}", "{\"question\":\"who\",\"conversationId\":[]}",
                "{\"question\":\"who\",\"conversationId\":\"no-such-conversation\"}",
                "{\"question\":\"who\",\"filters\":\"wsj\"}",
                "{\"question\":\"who\",\"filters\":{\"sources\":\"WSJ\"}}",
                "{\"question\":\"who\",\"filters\":{\"sources\":[1,2]}}",
                "{\"question\":\"who\",\"filters\":{\"from\":\"yesterday\"}}",
                "{\"question\":\"who\",\"filters\":{\"from\":\"2025-13-45\"}}",
                "{\"question\":\"who\",\"filters\":{\"from\":\"2025-09-02\",\"to\":\"2025-09-01\"}}",
                "{\"question\":\"who\",\"filters\":{\"colour\":\"red\"}}", "{\"question\":\"who\",\"topK\":5}",
                "{\"question\":\"who\",\"__proto__\":{\"admin\":true}}")) {
            cases.add(json("wrong type " + body, "/api/ask", body));
            cases.add(json("wrong type on the stream " + body, "/api/ask/stream", body));
        }
        for (String body : List.of("{\"query\":\"parade\",\"topK\":\"5\"}", "{\"query\":\"parade\",\"topK\":5.5}",
                "{\"query\":\"parade\",\"topK\":0}", "{\"query\":\"parade\",\"topK\":51}",
                "{\"query\":\"parade\",\"topK\":-1}", "{\"query\":\"parade\",\"topK\":1e10}",
                "{\"query\":\"parade\",\"topK\":99999999999999999999999}", "{\"query\":\"parade\",\"topK\":"
                        + "1".repeat(2000) + "}", "{\"question\":\"parade\"}", "{\"query\":7}")) {
            cases.add(json("wrong search " + body, "/api/search", body));
        }
        // huge and deeply nested
        cases.add(json("question over 2000 characters", "/api/ask", "{\"question\":\"" + "a".repeat(2001) + "\"}"));
        cases.add(json("body over the route limit", "/api/ask", "{\"question\":\"" + "a".repeat(17_000) + "\"}"));
        cases.add(json("body over every limit", "/api/search", "{\"query\":\"" + "a".repeat(70_000) + "\"}"));
        cases.add(json("nested arrays", "/api/ask", "{\"question\":\"x\",\"filters\":" + "[".repeat(5000)
                + "]".repeat(5000) + "}"));
        cases.add(json("nested objects", "/api/ask", "{\"question\":\"x\",\"filters\":" + "{\"a\":".repeat(2000)
                + "1" + "}".repeat(2000) + "}"));
        cases.add(json("unclosed nesting", "/api/ask", "[".repeat(10_000)));
        cases.add(json("ten thousand fields", "/api/search", "{" + "\"f\":1,".repeat(2000) + "\"query\":\"x\"}"));
        cases.add(raw("declared length never sent", "POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                + "application/json\r\nContent-Length: 9000\r\nConnection: close\r\n\r\n{\"question\":"));
        cases.add(raw("chunked body", "POST /api/ask HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n"
                + "Content-Type: application/json\r\nConnection: close\r\n\r\n5\r\n{\"qu\"\r\n0\r\n\r\n"));
        cases.add(raw("chunked webhook over 64 KB", "POST /slack/events HTTP/1.1\r\nHost: localhost\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + ("8000\r\n" + "x".repeat(0x8000)
                + "\r\n").repeat(3) + "0\r\n\r\n"));
        cases.add(raw("header over 8 KB", "GET /health HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n"));
        cases.add(raw("URI over 8 KB", "GET /api/articles?x=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n"));
        cases.add(raw("three thousand headers", "GET /health HTTP/1.1\r\nHost: localhost\r\n" + "X-H: v\r\n".repeat(3000)
                + "Connection: close\r\n\r\n"));
        // invalid UTF-8 and NUL bytes
        for (byte[] bad : List.of(new byte[] {(byte) 0xff, (byte) 0xfe}, new byte[] {(byte) 0xc0, (byte) 0xaf},
                new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xe2, (byte) 0x82},
                new byte[] {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {0})) {
            cases.add(Arguments.of("bytes " + hex(bad) + " inside the question",
                    request("POST", "/api/ask", "application/json", concat("{\"question\":\"who".getBytes(
                            StandardCharsets.UTF_8), bad, "\"}".getBytes(StandardCharsets.UTF_8)))));
            cases.add(Arguments.of("bytes " + hex(bad) + " as the body",
                    request("POST", "/api/search", "application/json", bad)));
        }
        cases.add(raw("NUL in the path", "GET /api/art\u0000icles HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        cases.add(get("NUL in a header", "/health", "X-A: a\u0000b\r\n"));
        cases.add(get("encoded NUL in the path", "/api/articles/%00", ""));
        cases.add(get("invalid UTF-8 in the path", "/api/articles/%ff%fe", ""));
        cases.add(get("bad percent escape", "/api/%zz", ""));
        cases.add(get("encoded traversal", "/%2e%2e/%2e%2e/etc/passwd", ""));
        cases.add(get("IIS unicode escape", "/api/ask/%u2215", ""));
        // wrong content types
        for (String type : List.of("text/xml", "application/xml", "multipart/form-data; boundary=x", "text/plain",
                "text/html", "image/png", "application/json; charset=bogus", "application/json; charset=\"\"",
                "application/json; charset=utf-7")) {
            cases.add(Arguments.of("content type " + type, request("POST", "/api/ask", type,
                    "{\"question\":\"Who hosts the parade?\"}".getBytes(StandardCharsets.UTF_8))));
        }
        // bad methods
        for (String method : List.of("GET", "PUT", "DELETE", "PATCH", "TRACE", "BREW", "post", "PROPFIND",
                "M".repeat(300))) {
            cases.add(raw("method " + method.substring(0, Math.min(12, method.length())), method
                    + " /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
        }
        cases.add(raw("POST to a read route", "POST /health HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n"
                + "Connection: close\r\n\r\n{}"));
        cases.add(raw("GET with a body", "GET /api/articles HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n"
                + "Connection: close\r\n\r\nhello"));
        cases.add(raw("CONNECT", "CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\nConnection: close\r\n\r\n"));
        cases.add(raw("OPTIONS *", "OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        // broken HTTP
        cases.add(raw("garbage line", "GARBAGE\r\n\r\n"));
        cases.add(raw("HTTP/0.9", "GET /health\r\n\r\n"));
        cases.add(raw("HTTP/9.9", "GET /health HTTP/9.9\r\nHost: x\r\n\r\n"));
        cases.add(raw("HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"));
        cases.add(raw("no Host", "GET /health HTTP/1.1\r\nConnection: close\r\n\r\n"));
        cases.add(raw("rebinding Host", "GET /api/articles HTTP/1.1\r\nHost: attacker.example:7070\r\n"
                + "Connection: close\r\n\r\n"));
        cases.add(raw("rebinding Host on a POST", "POST /api/ask HTTP/1.1\r\nHost: localhost.attacker.example\r\n"
                + "Origin: http://localhost.attacker.example\r\nContent-Type: application/json\r\n"
                + "Content-Length: 18\r\nConnection: close\r\n\r\n{\"question\":\"who\"}"));
        cases.add(raw("two Hosts", "GET /health HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n"));
        cases.add(raw("length and chunked (smuggling)", "POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\nGET /health HTTP/1.1\r\n\r\n"));
        cases.add(raw("two lengths", "POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nContent-Length: 7\r\n"
                + "Connection: close\r\n\r\nhello"));
        cases.add(raw("negative length", "POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Length: -1\r\n"
                + "Connection: close\r\n\r\n"));
        cases.add(raw("words for a length", "POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Length: ten\r\n"
                + "Connection: close\r\n\r\n"));
        cases.add(raw("bad chunk size", "POST /api/ask HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\nzz\r\nhello\r\n0\r\n\r\n"));
        cases.add(raw("header without colon", "GET /health HTTP/1.1\r\nHost: localhost\r\nNoColonHere\r\n"
                + "Connection: close\r\n\r\n"));
        cases.add(raw("folded header", "GET /health HTTP/1.1\r\nHost: localhost\r\nX-A: a\r\n  folded\r\n"
                + "Connection: close\r\n\r\n"));
        cases.add(raw("space before colon", "GET /health HTTP/1.1\r\nHost : x\r\nConnection: close\r\n\r\n"));
        cases.add(raw("bare LF in request line", "GET /health HTTP/1.1\nHost: localhost\n\u0000\n\n"));
        cases.add(raw("unknown transfer coding", "POST /api/ask HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: gzip\r\n"
                + "Connection: close\r\n\r\nxx"));
        cases.add(raw("origin look-alike", "POST /api/ask HTTP/1.1\r\nHost: localhost\r\nOrigin: https://x.evil.example\r\n"
                + "Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"));
        return cases.stream();
    }

    private static Arguments json(String name, String path, String body) {
        return Arguments.of(name.length() > 90 ? name.substring(0, 90) + "…" : name,
                request("POST", path, "application/json", body.getBytes(StandardCharsets.UTF_8)));
    }

    private static Arguments get(String name, String target, String extraHeaders) {
        return raw(name, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders + "Connection: close\r\n\r\n");
    }

    private static Arguments raw(String name, String request) {
        return Arguments.of(name, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] request(String method, String path, String contentType, byte[] body) {
        String head = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        return concat(head.getBytes(StandardCharsets.ISO_8859_1), body);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%02x", b));
        }
        return out.toString();
    }
}
