package com.romna.worker;

import io.temporal.testserver.TestServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local default's Temporal: when nothing answers at the configured local address, Temporal's
 * Java test server runs in this JVM on that port, on wall-clock time. It keeps everything in
 * memory, so it only ever runs beside the worker, and the service re-drives unfinished plans from
 * Postgres on start-up.
 */
public final class EmbeddedTemporal implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedTemporal.class);

  private final TestServer.PortBoundTestServer server;

  private EmbeddedTemporal(TestServer.PortBoundTestServer server) {
    this.server = server;
  }

  /** Starts the in-process server unless a Temporal server already answers at {@code target}. */
  public static EmbeddedTemporal startUnlessAnswering(String target) {
    int colon = target.lastIndexOf(':');
    String host = colon > 0 ? target.substring(0, colon) : target;
    int port = colon > 0 ? Integer.parseInt(target.substring(colon + 1)) : 7233;
    if (answers(host, port)) {
      log.info("using the Temporal server at {}", target);
      return new EmbeddedTemporal(null);
    }
    if (!isLocal(host)) {
      log.warn("no Temporal server answers at {} yet; the client keeps retrying", target);
      return new EmbeddedTemporal(null);
    }
    log.info(
        "no Temporal server at {}: starting Temporal's Java test server in-process on port {}"
            + " (in-memory; unfinished plans are re-driven from Postgres at every start)",
        target,
        port);
    return new EmbeddedTemporal(TestServer.createPortBoundServer(port, true));
  }

  public boolean isRunning() {
    return server != null;
  }

  private static boolean answers(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isLocal(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
  }
}
