package newsdesk.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.eclipse.jetty.io.Connection;

/**
 * Caps the connections one client address holds open ({@link ConnectionLimits#maxConnectionsPerClient()}): a
 * connection beyond the cap is closed as soon as it opens, before any request on it is read. Registered on every
 * connector as a Jetty {@link Connection.Listener}.
 */
final class ClientConnections implements Connection.Listener {

    private final int max;
    private final ClientAddress addresses;
    private final Map<String, Integer> open = new ConcurrentHashMap<>();
    private final Map<Connection, String> counted = new ConcurrentHashMap<>();
    private final LongAdder refused = new LongAdder();

    ClientConnections(int max, ClientAddress addresses) {
        this.max = max;
        this.addresses = addresses;
    }

    @Override
    public void onOpened(Connection connection) {
        String key = key(connection.getEndPoint().getRemoteSocketAddress());
        if (key == null) {
            return;
        }
        counted.put(connection, key);
        int now = open.merge(key, 1, Integer::sum);
        if (now > max) {
            refused.increment();
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        String key = counted.remove(connection);
        if (key != null) {
            open.computeIfPresent(key, (k, n) -> n <= 1 ? null : n - 1);
        }
    }

    /** Connections closed at once because their client already held the maximum. */
    long refused() {
        return refused.sum();
    }

    private String key(SocketAddress remote) {
        if (remote instanceof InetSocketAddress socket && socket.getAddress() != null) {
            InetAddress address = socket.getAddress();
            return addresses.connectionKey(address);
        }
        return null;
    }
}
