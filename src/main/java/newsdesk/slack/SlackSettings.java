package newsdesk.slack;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Knobs of the Slack and Mattermost surface. A blank {@code signingSecret} disables the Slack routes (they answer
 * 404), a blank {@code mattermostToken} disables the Mattermost route; neither is ever open without its secret.
 *
 * <p>{@code answerBudget} is how long a slash command waits for the answer before acknowledging and delivering it
 * later through {@code response_url}: Slack drops responses after 3 s, so it is capped at {@link #MAX_ANSWER_BUDGET}.
 * {@code responseUrlPrefixes} lists where delayed answers may be posted (Slack's own hooks host by default), so a
 * forged {@code response_url} can never make Newsdesk post elsewhere.
 */
public record SlackSettings(
        String signingSecret,
        String botToken,
        URI apiUrl,
        ResponseType responseType,
        String mattermostToken,
        Duration answerBudget,
        List<String> responseUrlPrefixes) {

    public static final URI DEFAULT_API_URL = URI.create("https://slack.com/api/");
    public static final ResponseType DEFAULT_RESPONSE_TYPE = ResponseType.IN_CHANNEL;
    public static final Duration DEFAULT_ANSWER_BUDGET = Duration.ofMillis(2000);
    /** Slack's acknowledgement limit is 3 s; keep room for the network and rendering. */
    public static final Duration MAX_ANSWER_BUDGET = Duration.ofMillis(2500);
    public static final List<String> DEFAULT_RESPONSE_URL_PREFIXES = List.of("https://hooks.slack.com/");

    /** Who sees a slash command's answer: only the asker, or the whole channel. */
    public enum ResponseType {
        EPHEMERAL("ephemeral"), IN_CHANNEL("in_channel");

        private final String wire;

        ResponseType(String wire) {
            this.wire = wire;
        }

        /** The value of Slack's {@code response_type} field. */
        public String wire() {
            return wire;
        }

        static ResponseType parse(String value) {
            for (ResponseType type : values()) {
                if (type.wire.equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return type;
                }
            }
            throw new IllegalArgumentException("response type must be ephemeral or in_channel, got '" + value + "'");
        }
    }

    public SlackSettings {
        signingSecret = blankToNull(signingSecret);
        botToken = blankToNull(botToken);
        mattermostToken = blankToNull(mattermostToken);
        apiUrl = withTrailingSlash(secure("NEWSDESK_SLACK_API_URL", apiUrl == null ? DEFAULT_API_URL : apiUrl));
        responseType = responseType == null ? DEFAULT_RESPONSE_TYPE : responseType;
        answerBudget = answerBudget == null ? DEFAULT_ANSWER_BUDGET : answerBudget;
        if (answerBudget.isNegative() || answerBudget.compareTo(MAX_ANSWER_BUDGET) > 0) {
            throw new IllegalArgumentException("the Slack answer budget must be between 0 and "
                    + MAX_ANSWER_BUDGET.toMillis() + " ms, got " + answerBudget.toMillis());
        }
        responseUrlPrefixes = responseUrlPrefixes == null ? DEFAULT_RESPONSE_URL_PREFIXES
                : responseUrlPrefixes.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        responseUrlPrefixes.forEach(prefix -> secure("NEWSDESK_SLACK_RESPONSE_URL_PREFIXES", parse(prefix)));
    }

    /**
     * Reads {@code SLACK_SIGNING_SECRET}, {@code SLACK_BOT_TOKEN}, {@code NEWSDESK_SLACK_API_URL},
     * {@code NEWSDESK_SLACK_RESPONSE_TYPE} (ephemeral | in_channel), {@code NEWSDESK_MATTERMOST_TOKEN},
     * {@code NEWSDESK_SLACK_ANSWER_BUDGET_MS} and {@code NEWSDESK_SLACK_RESPONSE_URL_PREFIXES} (comma-separated).
     */
    public static SlackSettings fromEnv(Map<String, String> env) {
        String budget = blankToNull(env.get("NEWSDESK_SLACK_ANSWER_BUDGET_MS"));
        String type = blankToNull(env.get("NEWSDESK_SLACK_RESPONSE_TYPE"));
        String apiUrl = blankToNull(env.get("NEWSDESK_SLACK_API_URL"));
        String prefixes = blankToNull(env.get("NEWSDESK_SLACK_RESPONSE_URL_PREFIXES"));
        return new SlackSettings(
                env.get("SLACK_SIGNING_SECRET"),
                env.get("SLACK_BOT_TOKEN"),
                apiUrl == null ? null : URI.create(apiUrl),
                type == null ? null : ResponseType.parse(type),
                env.get("NEWSDESK_MATTERMOST_TOKEN"),
                budget == null ? null : Duration.ofMillis(Long.parseLong(budget.strip())),
                prefixes == null ? null : Arrays.asList(prefixes.split(",")));
    }

    public boolean slackEnabled() {
        return signingSecret != null;
    }

    public boolean mattermostEnabled() {
        return mattermostToken != null;
    }

    /** Whether a delayed answer may be posted to {@code url}. */
    public boolean allowsResponseUrl(String url) {
        URI target = url == null ? null : parse(url);
        if (target == null || !target.isAbsolute() || target.getRawUserInfo() != null || target.getHost() == null) {
            return false;
        }
        return responseUrlPrefixes.stream().map(SlackSettings::parse).anyMatch(prefix -> within(target, prefix));
    }

    /** Same scheme, exactly the same host and port, and a path under the prefix's path (taken as a folder). */
    private static boolean within(URI target, URI prefix) {
        String folder = prefix.getRawPath() == null || prefix.getRawPath().isEmpty() ? "/" : prefix.getRawPath();
        folder = folder.endsWith("/") ? folder : folder + "/";
        String path = target.getRawPath() == null ? "" : target.getRawPath();
        return target.getScheme().equalsIgnoreCase(prefix.getScheme())
                && target.getHost().equalsIgnoreCase(prefix.getHost())
                && port(target) == port(prefix)
                && (path.startsWith(folder) || (path + "/").equals(folder))
                && !path.contains("/../") && !path.endsWith("/..");
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static URI parse(String url) {
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * Slack URLs carry the bot token or post in a channel: they must be https, except to a loopback address (a local
     * stand-in for Slack, as in the tests), where nothing leaves the machine.
     */
    private static URI secure(String name, URI uri) {
        if (uri == null || uri.getHost() == null || uri.getScheme() == null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(name + " must be an absolute https URL, got '" + uri + "'");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean loopback = uri.getHost().equalsIgnoreCase("localhost") || uri.getHost().startsWith("127.")
                || uri.getHost().equals("[::1]");
        if (!scheme.equals("https") && !(scheme.equals("http") && loopback)) {
            throw new IllegalArgumentException(name + " must use https (plain http only to a loopback address), got '"
                    + uri + "'");
        }
        return uri;
    }

    /** Never prints a secret. */
    @Override
    public String toString() {
        return "SlackSettings[slack=" + (slackEnabled() ? "enabled" : "disabled")
                + ", botToken=" + (botToken == null ? "unset" : "set") + ", apiUrl=" + apiUrl
                + ", responseType=" + responseType.wire()
                + ", mattermost=" + (mattermostEnabled() ? "enabled" : "disabled")
                + ", answerBudget=" + answerBudget.toMillis() + "ms, responseUrlPrefixes=" + responseUrlPrefixes + "]";
    }

    private static URI withTrailingSlash(URI uri) {
        String text = Objects.requireNonNull(uri).toString();
        return text.endsWith("/") ? uri : URI.create(text + "/");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
