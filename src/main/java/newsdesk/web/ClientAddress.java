package newsdesk.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who is asking, for rate limiting: the socket peer's address, unless the peer is a trusted proxy; then the right-most
 * {@code X-Forwarded-For} entry that is not itself a trusted proxy (each proxy appends the address it saw, so entries
 * left of that one were written by the client and prove nothing). With no trusted proxies {@code X-Forwarded-For} is
 * ignored entirely. IPv6 clients are keyed by their /64 network, which one subscriber usually owns whole.
 */
final class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");
    private static final int IPV6_NETWORK_BITS = 64;

    private final List<Block> trusted;

    ClientAddress(List<String> trustedProxies) {
        this.trusted = parseTrusted(trustedProxies);
    }

    /** The rate-limit key of a request from {@code peer} carrying these {@code X-Forwarded-For} header values. */
    String key(String peer, List<String> forwardedFor) {
        InetAddress peerAddress = parse(peer);
        if (peerAddress == null) {
            return String.valueOf(peer);
        }
        if (!isTrusted(peerAddress)) {
            return key(peerAddress);
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = parse(stripPort(hops.get(i)));
            if (hop == null) {
                return "unparsable:" + hops.get(i); // written by a trusted proxy, so still one client's key
            }
            if (!isTrusted(hop)) {
                return key(hop);
            }
        }
        return key(peerAddress); // only proxies on the way: the peer itself is the client
    }

    /** Validates {@code NEWSDESK_TRUSTED_PROXIES}: IP literals or CIDR blocks, never host names (no DNS lookups). */
    static List<Block> parseTrusted(List<String> entries) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : entries) {
            String[] parts = entry.strip().split("/", 2);
            InetAddress address = parse(parts[0]);
            int bits = address == null ? -1 : address.getAddress().length * 8;
            int prefix = bits;
            if (address != null && parts.length == 2) {
                try {
                    prefix = Integer.parseInt(parts[1]);
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
            }
            if (address == null || prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("NEWSDESK_TRUSTED_PROXIES entry '" + entry.strip() + "' is not an "
                        + "IP address or CIDR block like 10.0.0.0/8 or 2001:db8::/32");
            }
            blocks.add(new Block(address.getAddress(), prefix));
        }
        return List.copyOf(blocks);
    }

    /**
     * The key of a connection's peer for per-client connection counting; {@code null} for a trusted proxy, whose
     * connections carry many clients.
     */
    String connectionKey(InetAddress peer) {
        return isTrusted(peer) ? null : key(peer);
    }

    private boolean isTrusted(InetAddress address) {
        byte[] bytes = address.getAddress();
        return trusted.stream().anyMatch(block -> block.contains(bytes));
    }

    private static String key(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] network = address.getAddress();
            for (int i = IPV6_NETWORK_BITS / 8; i < network.length; i++) {
                network[i] = 0;
            }
            try {
                return InetAddress.getByAddress(network).getHostAddress() + "/" + IPV6_NETWORK_BITS;
            } catch (UnknownHostException e) {
                throw new IllegalStateException("16 bytes are always an IPv6 address", e);
            }
        }
        return address.getHostAddress();
    }

    /** An IP literal, or null; never resolves a name. */
    static InetAddress parse(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        int zone = value.indexOf('%');
        if (zone >= 0) {
            value = value.substring(0, zone);
        }
        if (!IPV4.matcher(value).matches() && !IPV6.matcher(value).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** {@code 192.0.2.1:5678} and {@code [2001:db8::1]:5678}, as some proxies write them, lose their port. */
    private static String stripPort(String hop) {
        String value = hop.toLowerCase(Locale.ROOT);
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            return end > 0 ? value.substring(1, end) : value;
        }
        int colon = value.indexOf(':');
        if (colon > 0 && colon == value.lastIndexOf(':') && value.indexOf('.') > 0) {
            return value.substring(0, colon);
        }
        return value;
    }

    /** An address block: the first {@code prefix} bits of {@code network}. */
    record Block(byte[] network, int prefix) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (network[full] & mask);
        }
    }
}
