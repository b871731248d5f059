package visitoridentity.bootstrap.endtoend;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on a loopback port in front of another loopback address, that a test can {@link
 * #cut()} (every open connection closed, new ones refused) and {@link #restore()}: the network
 * between the server and its database failing, for real.
 */
final class TcpProxy implements AutoCloseable {
    private final InetSocketAddress target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;
    private final int port;

    TcpProxy(InetSocketAddress target) {
        this.target = target;
        this.listener = listen(0);
        this.port = listener.getLocalPort();
        acceptOn(listener);
    }

    int port() {
        return port;
    }

    /** Closes every connection and stops accepting: the database is unreachable. */
    void cut() {
        closeQuietly(listener);
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    /** Accepts connections again on the same port. */
    void restore() {
        listener = listen(port);
        acceptOn(listener);
    }

    @Override
    public void close() {
        cut();
    }

    private void acceptOn(ServerSocket socket) {
        Thread accepting = new Thread(
                () -> {
                    while (!socket.isClosed()) {
                        try {
                            Socket client = socket.accept();
                            Socket upstream = new Socket(target.getAddress(), target.getPort());
                            open.add(client);
                            open.add(upstream);
                            pump(client, upstream);
                            pump(upstream, client);
                        } catch (IOException closedOrRefused) {
                            // the listener was closed by cut(), or the target refused: try the next
                        }
                    }
                },
                "tcp-proxy-accept");
        accepting.setDaemon(true);
        accepting.start();
    }

    private static void pump(Socket from, Socket to) {
        Thread pumping = new Thread(
                () -> {
                    byte[] buffer = new byte[16 * 1024];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                            out.write(buffer, 0, read);
                            out.flush();
                        }
                    } catch (IOException cut) {
                        // one side closed
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                    }
                },
                "tcp-proxy-pump");
        pumping.setDaemon(true);
        pumping.start();
    }

    private static ServerSocket listen(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
