package com.romna.local;

import com.google.protobuf.Empty;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import io.temporal.serviceclient.TestServiceStubs;
import io.temporal.serviceclient.TestServiceStubsOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local run's Temporal: when nothing answers at the configured local address, Temporal's Java
 * test server runs in this JVM on that port, on wall-clock time, listening on loopback only. It
 * keeps everything in memory and serves only the process that started it: a second copy of the
 * service that finds another copy's in-process server on the port says so and starts its own on a
 * free port, rather than joining an engine whose plans live in another database.
 */
public final class EmbeddedTemporal implements AutoCloseable {

  /** What answers at the configured address. */
  enum Found { NOTHING, TEMPORAL, IN_PROCESS_TEST_SERVER, SOMETHING_ELSE }

  private static final Logger log = LoggerFactory.getLogger(EmbeddedTemporal.class);

  private final TestServicesStarter services;
  private final Server server;
  private final String target;

  private EmbeddedTemporal(TestServicesStarter services, Server server, String target) {
    this.services = services;
    this.server = server;
    this.target = target;
  }

  /** Starts the in-process server unless a Temporal server already answers at {@code target}. */
  public static EmbeddedTemporal startUnlessAnswering(String target) {
    int colon = target.lastIndexOf(':');
    String host = colon > 0 ? target.substring(0, colon) : target;
    int port = colon > 0 ? Integer.parseInt(target.substring(colon + 1)) : 7233;
    Found found = probe(host, port);
    if (found == Found.TEMPORAL) {
      log.info("using the Temporal server at {}", target);
      return new EmbeddedTemporal(null, null, target);
    }
    if (!isLocal(host)) {
      log.warn("no Temporal server answers at {} yet; the client keeps retrying", target);
      return new EmbeddedTemporal(null, null, target);
    }
    if (found == Found.NOTHING) {
      return start(port, "no Temporal server at " + target);
    }
    log.warn(
        "port {} is held by {}: an in-process Temporal serves only the process that started it,"
            + " so this copy starts its own on a free port (give each copy its own TEMPORAL_ADDRESS"
            + " and ROMNA_DATA_DIR to choose)",
        port,
        found == Found.IN_PROCESS_TEST_SERVER
            ? "the in-process Temporal of another program (another copy of this service?)"
            : "a program that is not Temporal");
    return start(0, "port " + port + " taken");
  }

  private static EmbeddedTemporal start(int port, String why) {
    TestServicesStarter services = new TestServicesStarter(true, 0);
    NettyServerBuilder builder =
        NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    GRPCServerHelper.registerServicesAndHealthChecks(services.getServices(), builder);
    try {
      Server server = builder.build().start();
      String target = "127.0.0.1:" + server.getPort();
      log.info(
          "{}: started Temporal's Java test server in-process at {} (loopback only, in memory;"
              + " unfinished plans are re-driven from PostgreSQL at every start)",
          why,
          target);
      return new EmbeddedTemporal(services, server, target);
    } catch (IOException e) {
      services.close();
      throw new UncheckedIOException("could not start the in-process Temporal on port " + port, e);
    }
  }

  public boolean isRunning() {
    return server != null;
  }

  /** Where this copy's client connects: the configured target, or its own in-process server. */
  public String target() {
    return target;
  }

  static Found probe(String host, int port) {
    if (!answers(host, port)) {
      return Found.NOTHING;
    }
    // Only Temporal's test server has the test service (its clock); a real server lacks it.
    TestServiceStubs stubs =
        TestServiceStubs.newServiceStubs(
            TestServiceStubsOptions.newBuilder().setTarget(host + ":" + port).validateAndBuildWithDefaults());
    try {
      stubs.blockingStub().withDeadlineAfter(3, TimeUnit.SECONDS).getCurrentTime(Empty.getDefaultInstance());
      return Found.IN_PROCESS_TEST_SERVER;
    } catch (StatusRuntimeException e) {
      return e.getStatus().getCode() == Status.Code.UNIMPLEMENTED ? Found.TEMPORAL : Found.SOMETHING_ELSE;
    } finally {
      stubs.shutdownNow();
    }
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
      server.shutdown();
      try {
        server.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      services.close();
      server.shutdownNow();
    }
  }
}
