package newsdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.util.Map;

import io.javalin.Javalin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.Newsdesk;
import newsdesk.ingest.Ingestor;
import newsdesk.testing.HashingEmbedder;
import newsdesk.testing.TestArticles;
import newsdesk.testing.TestDesks;

/**
 * The admin API as {@code serve} wires it, with no token configured on the default loopback bind: the set-up a
 * same-host reverse proxy or a DNS-rebinding page could reach (issue #15, item 1). Raw sockets, since the JDK client
 * cannot set {@code Host}.
 */
class AdminExposureTest {

    @TempDir
    Path tmp;

    private Newsdesk start(Map<String, String> env) {
        Path seeds = tmp.resolve("seeds");
        TestArticles.writeEach(seeds, TestArticles.articles("seed", 2, 6));
        Newsdesk desk = Newsdesk.create(TestDesks.settings(seeds, tmp.resolve("data"), env), new HashingEmbedder(),
                Clock.systemUTC());
        desk.ingestSeeds(Ingestor.Progress.NONE);
        return desk;
    }

    @Test
    void aProxyWithoutForwardingHeadersGetsNoAdminAccessWithoutTheToken() throws Exception {
        try (Newsdesk desk = start(Map.of())) {
            Javalin app = desk.webApp().start("127.0.0.1", 0);
            try {
                String upload = "{\"title\":\"Injected\",\"body\":\"Planted text. More planted text.\"}";
                String proxied = http(app.port(), "POST", "/api/articles", "127.0.0.1:" + app.port(), null, upload);
                String status = http(app.port(), "GET", "/api/ingest/status", "localhost", null, null);
                String delete = http(app.port(), "DELETE", "/api/articles/x", "127.0.0.1", null, null);

                assertThat(proxied).startsWith("HTTP/1.1 401");
                assertThat(status).startsWith("HTTP/1.1 401");
                assertThat(delete).startsWith("HTTP/1.1 401");
                assertThat(desk.qa().articleCount()).isEqualTo(2);
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void withoutAConfiguredTokenOneIsGeneratedStoredPrivatelyAndReused() throws Exception {
        String token;
        try (Newsdesk desk = start(Map.of())) {
            Javalin app = desk.webApp().start("127.0.0.1", 0);
            try {
                AdminToken generated = desk.adminToken().orElseThrow();
                token = generated.token();
                assertThat(generated.generated()).isTrue();
                assertThat(token).hasSizeGreaterThanOrEqualTo(32);
                Path file = tmp.resolve("data").resolve(AdminToken.FILE_NAME);
                assertThat(generated.file()).isEqualTo(file);
                assertThat(Files.readString(file).strip()).isEqualTo(token);
                assertThat(Files.getPosixFilePermissions(file))
                        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
                assertThat(http(app.port(), "GET", "/api/ingest/status", "localhost", token, null))
                        .startsWith("HTTP/1.1 200");
                assertThat(desk.settings().toString()).doesNotContain(token);
            } finally {
                app.stop();
            }
        }
        try (Newsdesk desk = start(Map.of())) {
            Javalin app = desk.webApp().start("127.0.0.1", 0);
            try {
                AdminToken reused = desk.adminToken().orElseThrow();
                assertThat(reused.generated()).isFalse();
                assertThat(reused.token()).isEqualTo(token);
                assertThat(http(app.port(), "GET", "/api/ingest/status", "127.0.0.1", token, null))
                        .startsWith("HTTP/1.1 200");
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void aConfiguredTokenIsUsedAndNothingIsWritten() throws Exception {
        String token = "configured-admin-token-0123456789abcdef";
        try (Newsdesk desk = start(Map.of("NEWSDESK_ADMIN_TOKEN", token))) {
            Javalin app = desk.webApp().start("127.0.0.1", 0);
            try {
                assertThat(desk.adminToken()).isEmpty();
                assertThat(tmp.resolve("data").resolve(AdminToken.FILE_NAME)).doesNotExist();
                assertThat(http(app.port(), "GET", "/api/ingest/status", "localhost", token, null))
                        .startsWith("HTTP/1.1 200");
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void aRebindingHostIsRefusedOnEveryRouteEvenWithTheToken() throws Exception {
        String token = "configured-admin-token-0123456789abcdef";
        try (Newsdesk desk = start(Map.of("NEWSDESK_ADMIN_TOKEN", token))) {
            Javalin app = desk.webApp().start("127.0.0.1", 0);
            try {
                String rebound = "attacker.example:" + app.port();
                String upload = "{\"title\":\"Injected\",\"body\":\"Planted text. More planted text.\"}";
                assertThat(http(app.port(), "POST", "/api/articles", rebound, token, upload)).startsWith("HTTP/1.1 421");
                assertThat(http(app.port(), "GET", "/api/ingest/status", rebound, token, null))
                        .startsWith("HTTP/1.1 421").contains("\"code\":\"unknown_host\"");
                assertThat(http(app.port(), "POST", "/api/ask", rebound, null, "{\"question\":\"who?\"}"))
                        .startsWith("HTTP/1.1 421");
                assertThat(http(app.port(), "GET", "/api/articles", "127.0.0.1.attacker.example", null, null))
                        .startsWith("HTTP/1.1 421");
                assertThat(desk.qa().articleCount()).isEqualTo(2);
            } finally {
                app.stop();
            }
        }
    }

    /** One request on a fresh connection; returns the whole response. */
    static String http(int port, String method, String path, String host, String token, String json)
            throws IOException {
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
        if (token != null) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        if (json != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
