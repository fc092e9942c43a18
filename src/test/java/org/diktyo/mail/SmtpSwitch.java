package org.diktyo.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A switch in front of the test relay: listens on the application's SMTP port and passes each
 * connection through to the relay. Switched off, it refuses new connections, as a relay that
 * is down does, while conversations already under way finish; switched on, it listens again.
 */
final class SmtpSwitch implements AutoCloseable {

    private final int port;
    private final int relayPort;
    private volatile ServerSocket server;

    SmtpSwitch(int port, int relayPort) throws IOException {
        this.port = port;
        this.relayPort = relayPort;
        on();
    }

    synchronized void on() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = socket;
        Thread accept = new Thread(() -> accept(socket), "smtp-switch");
        accept.setDaemon(true);
        accept.start();
    }

    synchronized void off() throws IOException {
        server.close();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket relay = new Socket(InetAddress.getLoopbackAddress(), relayPort);
                pump(client, relay);
                pump(relay, client);
            } catch (IOException closed) {
                // switched off
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ended) {
                // one side hung up
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
        }, "smtp-switch-pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        off();
    }
}
