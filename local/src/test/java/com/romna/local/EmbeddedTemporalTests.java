package com.romna.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.health.v1.HealthCheckResponse;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copies of the service on one machine stay apart. */
class EmbeddedTemporalTests {

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static boolean serving(String target) {
    WorkflowServiceStubs stubs = WorkflowServiceStubs.newServiceStubs(
        WorkflowServiceStubsOptions.newBuilder().setTarget(target).build());
    try {
      return stubs.healthCheck().getStatus() == HealthCheckResponse.ServingStatus.SERVING;
    } finally {
      stubs.shutdownNow();
    }
  }

  @Test
  void withNothingOnThePortItStartsItsOwnThereOnLoopbackOnly() throws IOException {
    int port = freePort();
    try (EmbeddedTemporal temporal = EmbeddedTemporal.startUnlessAnswering("localhost:" + port)) {
      assertThat(temporal.isRunning()).isTrue();
      assertThat(temporal.target()).isEqualTo("127.0.0.1:" + port);
      assertThat(serving(temporal.target())).isTrue();
      Optional<InetAddress> outside = nonLoopbackAddress();
      outside.ifPresent(address -> assertThat(connects(address, port))
          .as("reachable on " + address).isFalse());
    }
  }

  @Test
  void aSecondCopyFindingTheFirstCopysServerStartsItsOwnOnAnotherPort() throws IOException {
    int port = freePort();
    try (EmbeddedTemporal first = EmbeddedTemporal.startUnlessAnswering("localhost:" + port);
        EmbeddedTemporal second = EmbeddedTemporal.startUnlessAnswering("localhost:" + port)) {
      assertThat(EmbeddedTemporal.probe("127.0.0.1", port))
          .isEqualTo(EmbeddedTemporal.Found.IN_PROCESS_TEST_SERVER);
      assertThat(second.isRunning()).isTrue();
      assertThat(second.target()).isNotEqualTo(first.target()).startsWith("127.0.0.1:");
      assertThat(serving(second.target())).isTrue();
    }
  }

  @Test
  void aPortHeldByAProgramThatIsNotTemporalIsNotJoinedEither() throws IOException {
    try (ServerSocket notTemporal = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        EmbeddedTemporal temporal =
            EmbeddedTemporal.startUnlessAnswering("localhost:" + notTemporal.getLocalPort())) {
      assertThat(temporal.isRunning()).isTrue();
      assertThat(temporal.target()).isNotEqualTo("127.0.0.1:" + notTemporal.getLocalPort());
    }
  }

  @Test
  void aDataDirectoryBelongsToOneRunningCopy(@TempDir Path dir) throws Exception {
    try (LocalDataDirectory first = LocalDataDirectory.claim(dir.toString())) {
      assertThatThrownBy(() -> LocalDataDirectory.claim(dir.toString()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("is in use by another running copy")
          .hasMessageContaining("ROMNA_DATA_DIR");
    }
    LocalDataDirectory.claim(dir.toString()).close();
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      for (InetAddress address : Collections.list(nic.getInetAddresses())) {
        if (!address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
          return Optional.of(address);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean connects(InetAddress address, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
