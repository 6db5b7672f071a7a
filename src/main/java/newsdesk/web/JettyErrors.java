package newsdesk.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answers to requests it refuses before Newsdesk sees them (a header block over 8 KB: 431, a request line over
 * 8 KB: 414, malformed HTTP or an unknown HTTP version: 400), in the same {@code {"error":{"code","message"}}} JSON
 * as every other error instead of Jetty's HTML page, with fixed messages: nothing from the request or the server is
 * echoed.
 */
final class JettyErrors extends ErrorHandler {

    private final ApiJson json;

    JettyErrors(ApiJson json) {
        this.json = json;
    }

    /** Jetty writes error bodies for GET, POST and HEAD only; every method gets the JSON here. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int jettyStatus, String message,
                                    Throwable cause, Callback callback) {
        int status = status(jettyStatus);
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, "application/json");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put(HttpHeader.CONNECTION, "close"); // Jetty drops the connection after these: say so to the client
        response.write(true, body(status), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
        fields.put("X-Content-Type-Options", "nosniff");
        return body(status(status));
    }

    /**
     * A request line naming an HTTP version this server does not speak (HTTP/0.9, HTTP/9.9) is the client's mistake:
     * 400 rather than Jetty's 505, so that every 5xx still means something went wrong here.
     */
    static int status(int jettyStatus) {
        return jettyStatus == 505 ? 400 : jettyStatus;
    }

    private ByteBuffer body(int status) {
        String text = json.write(json.error(code(status), message(status)));
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "body_too_large";
            case 414 -> "uri_too_long";
            case 431 -> "headers_too_large";
            case 503 -> "unavailable";
            default -> "http_" + status;
        };
    }

    private static String message(int status) {
        return switch (status) {
            case 400 -> "the request is not valid HTTP/1.1";
            case 404 -> "nothing is served at this address";
            case 405 -> "this method is not supported here";
            case 413 -> "the request body is larger than the server accepts";
            case 414 -> "the request URI is longer than the server accepts";
            case 431 -> "the request headers are larger than the server accepts";
            case 503 -> "the server is not taking requests right now";
            default -> "the server refused the request (HTTP " + status + ")";
        };
    }
}
