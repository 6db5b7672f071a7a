package newsdesk.web;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names this server answers for, checked against each request's {@code Host} header (a DNS-rebinding page sends
 * its own name there): {@code localhost}, any IP address literal (a page can only send one when it was itself loaded
 * from that address, so it cannot be rebound), and the configured public names ({@code NEWSDESK_PUBLIC_HOSTS}). The
 * port is not compared. Pure.
 */
final class HostNames {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d"
            + "|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+(%[0-9a-z._~-]+)?]");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}"
            + "[a-z0-9])?)*");

    private final Set<String> publicHosts;

    HostNames(Set<String> publicHosts) {
        this.publicHosts = Set.copyOf(publicHosts);
    }

    /** Whether a request with this {@code Host} header is for this server. */
    boolean allows(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 && portOrNothing(host.substring(end + 1)) && IPV6.matcher(host.substring(0, end + 1))
                    .matches();
        }
        int colon = host.indexOf(':');
        if (colon >= 0) {
            if (!portOrNothing(host.substring(colon))) {
                return false;
            }
            host = host.substring(0, colon);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.equals("localhost") || IPV4.matcher(host).matches() || publicHosts.contains(host);
    }

    /** Checks one configured public name: a bare DNS name, lower-cased, no scheme, port or path. */
    static String normalize(String name) {
        String host = name.strip().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(host).matches()) {
            throw new IllegalArgumentException("NEWSDESK_PUBLIC_HOSTS entry '" + name.strip() + "' is not a host name "
                    + "like news.example.com (no scheme, port or path)");
        }
        return host;
    }

    private static boolean portOrNothing(String rest) {
        return rest.isEmpty() || rest.matches(":\\d{1,5}");
    }
}
