package com.romna.api.live;

import com.romna.api.ApiRole;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Listens on PostgreSQL's {@code romna_live} channel (filled by triggers on {@code deliveries} and
 * {@code plan_events}, see V40) and hands each change to the open pages. The database is the one
 * place every process writes to, so this works whether the worker runs here or elsewhere. Holds one
 * connection of the pool for as long as it runs; reconnects with a back-off when it breaks and then
 * tells the pages to reload, since notices sent meanwhile are lost.
 */
@ApiRole
@Component
class PostgresNotifications implements SmartLifecycle {

  static final String CHANNEL = "romna_live";

  private static final Logger log = LoggerFactory.getLogger(PostgresNotifications.class);
  private static final int WAIT_MILLIS = 500;
  private static final Duration PROBE_EVERY = Duration.ofSeconds(30);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  private final DataSource dataSource;
  private final LiveEvents events;
  private final JsonMapper json;
  private volatile boolean running;
  private volatile boolean listening;
  private Thread thread;

  PostgresNotifications(DataSource dataSource, LiveEvents events, JsonMapper json) {
    this.dataSource = dataSource;
    this.events = events;
    this.json = json;
  }

  @Override
  public synchronized void start() {
    running = true;
    thread = new Thread(this::run, "romna-live-listener");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public synchronized void stop() {
    running = false;
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(Duration.ofSeconds(5).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Whether the LISTEN is in place now (tests wait for it before they expect events). */
  boolean isListening() {
    return listening;
  }

  private void run() {
    Duration backoff = Duration.ofMillis(500);
    boolean lostBefore = false;
    while (running) {
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("LISTEN " + CHANNEL);
        listening = true;
        if (lostBefore) {
          log.info("live notifications: listening again");
          events.resync();
        }
        backoff = Duration.ofMillis(500);
        listen(connection.unwrap(PGConnection.class), statement);
      } catch (SQLException | RuntimeException e) {
        if (!running) {
          break;
        }
        listening = false;
        lostBefore = true;
        log.warn("live notifications: connection lost ({}); retrying in {} ms", e.getMessage(), backoff.toMillis());
        sleep(backoff);
        backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
      }
    }
    listening = false;
  }

  private void listen(PGConnection pg, Statement statement) throws SQLException {
    long probeAt = System.nanoTime() + PROBE_EVERY.toNanos();
    while (running) {
      PGNotification[] notices = pg.getNotifications(WAIT_MILLIS);
      if (notices != null) {
        for (PGNotification notice : notices) {
          Change change = parse(notice.getParameter());
          if (change != null) {
            events.changed(change);
          }
        }
      }
      // A silent channel cannot tell a quiet database from a dead connection; a query can.
      if (System.nanoTime() - probeAt > 0) {
        statement.execute("SELECT 1");
        probeAt = System.nanoTime() + PROBE_EVERY.toNanos();
      }
    }
  }

  Change parse(String payload) {
    try {
      JsonNode node = json.readTree(payload);
      return new Change(
          text(node, "kind"), uuid(node, "id"), uuid(node, "planId"), text(node, "userId"), text(node, "status"));
    } catch (RuntimeException e) {
      log.warn("live notifications: ignored a notice that is not ours");
      return null;
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  private static UUID uuid(JsonNode node, String field) {
    String value = text(node, field);
    return value == null ? null : UUID.fromString(value);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
