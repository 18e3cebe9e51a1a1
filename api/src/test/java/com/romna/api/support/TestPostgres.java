package com.romna.api.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

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

  private static synchronized void stop() {
    try {
      postgres.close();
    } catch (IOException e) {
      // the JVM is going away; the temporary directory goes with the machine's cleanup
    }
  }
}
