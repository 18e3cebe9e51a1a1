package com.romna.api.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** One real PostgreSQL for the whole test run (a fresh data directory each run). */
public final class TestPostgres {

  private static EmbeddedPostgres postgres;

  private TestPostgres() {}

  public static synchronized String jdbcUrl() {
    if (postgres == null) {
      try {
        postgres =
            EmbeddedPostgres.builder()
                .setDataDirectory(Files.createTempDirectory("romna-test-pg"))
                .setCleanDataDirectory(true)
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop));
    }
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  /** A fresh, empty database of its own, for tests that must not see other tests' plans. */
  public static synchronized String newDatabase() {
    String name = "db_" + UUID.randomUUID().toString().replace("-", "");
    jdbcUrl();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return postgres.getJdbcUrl("postgres", name);
  }

  /** The server's own port, e.g. for a proxy in front of it. */
  public static synchronized int port() {
    jdbcUrl();
    return postgres.getPort();
  }

  /** A fresh database of its own, reached through {@code port} (a proxy) instead of directly. */
  public static String newDatabase(int port) {
    return newDatabase().replace("localhost:" + port() + "/", "localhost:" + port + "/");
  }

  private static synchronized void stop() {
    try {
      postgres.close();
    } catch (IOException e) {
      // the JVM is going away; the temporary directory goes with the machine's cleanup
    }
  }
}
