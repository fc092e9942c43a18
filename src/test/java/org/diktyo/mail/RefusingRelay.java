package org.diktyo.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An SMTP relay that speaks the protocol but refuses every recipient for good
 * ({@code 550 5.1.1}), as a real relay does for a mailbox that does not exist.
 */
final class RefusingRelay implements AutoCloseable {

    private final ServerSocket server;
    private final Thread thread;

    RefusingRelay(int port) throws IOException {
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        thread = new Thread(this::serve, "refusing-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                converse(client);
            } catch (IOException closed) {
                // the test is over, or the client hung up
            }
        }
    }

    private static void converse(Socket client) throws IOException {
        var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        reply(out, "220 refusing.test ESMTP");
        for (String line; (line = in.readLine()) != null;) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                reply(out, "250 refusing.test");
            } else if (command.startsWith("MAIL FROM")) {
                reply(out, "250 2.1.0 Ok");
            } else if (command.startsWith("RCPT TO")) {
                reply(out, "550 5.1.1 <" + line.replaceAll(".*<(.*)>.*", "$1") + ">: Recipient address rejected: User unknown");
            } else if (command.startsWith("QUIT")) {
                reply(out, "221 2.0.0 Bye");
                return;
            } else {
                reply(out, "250 2.0.0 Ok");
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
