package io.fascia.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;

/** A proxy the benchmark runs as a child process on a free local port, for as long as it measures. */
abstract class ChildProxy implements AutoCloseable {

    private final Process process;
    private final int port;

    ChildProxy(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** A port nothing listens on right now. */
    static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    /** Waits until the child listens: a loaded machine only makes this slower; a child that died fails it. */
    void awaitListening(Duration patience, String whereToLook) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (!listening()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                process.destroy();
                throw new IllegalStateException(getClass().getSimpleName() + " did not start; see " + whereToLook);
            }
            Thread.sleep(100);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }
}
