package com.romna.api.console;

import com.romna.api.RomnaApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service as {@code mvn -pl api -am spring-boot:run} runs it (embedded PostgreSQL on disk,
 * in-process Temporal on wall-clock time, local outbox, development secret), on ports of its own,
 * and restartable on the same port and data, as a user's service would be. One difference: e-mail
 * goes through the real Resend sender to a local fake Resend ({@link FakeResendEmail}), so that a
 * delivery can fail for real; reminders and alarms stay in the local outbox.
 */
final class LocalDefault implements AutoCloseable {

  private final int port = freePort();
  private final int temporalPort = freePort();
  private final Path dataDir;
  private ConfigurableApplicationContext context;

  LocalDefault(Path dataDir) {
    this.dataDir = dataDir;
  }

  LocalDefault start() {
    context = new SpringApplicationBuilder(RomnaApplication.class, FakeResendEmail.class)
        // Command-line arguments: they outrank application.yml and the environment.
        .run(
            "--server.port=" + port,
            "--spring.temporal.connection.target=localhost:" + temporalPort,
            "--romna.local.data-dir=" + dataDir,
            "--romna.auth.jwt-secret=",
            "--spring.datasource.url=");
    return this;
  }

  void stop() {
    if (context != null) {
      context.close();
      context = null;
    }
  }

  /** A bean of the running service, e.g. the fake Resend to change its answers. */
  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  String url() {
    return "http://localhost:" + port;
  }

  @Override
  public void close() {
    stop();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
