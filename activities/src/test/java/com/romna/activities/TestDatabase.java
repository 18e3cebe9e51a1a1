package com.romna.activities;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import com.romna.workflows.PlanPayload;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A real PostgreSQL with the real schema (the api module's Flyway migrations), one per test run.
 * Tests insert the plans they need and keep to their own rows.
 */
public final class TestDatabase {

  private static NamedParameterJdbcTemplate jdbc;
  private static TransactionTemplate transactions;

  private TestDatabase() {}

  public static synchronized NamedParameterJdbcTemplate jdbc() {
    if (jdbc == null) {
      try {
        EmbeddedPostgres postgres =
            EmbeddedPostgres.builder()
                .setDataDirectory(Files.createTempDirectory("romna-activities-pg"))
                .setCleanDataDirectory(true)
                .start();
        DataSource dataSource = postgres.getPostgresDatabase();
        Flyway.configure()
            .dataSource(dataSource)
            .locations("filesystem:" + migrations().toAbsolutePath())
            .failOnMissingLocations(true)
            .load()
            .migrate();
        jdbc = new NamedParameterJdbcTemplate(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return jdbc;
  }

  public static synchronized TransactionTemplate transactions() {
    jdbc();
    return transactions;
  }

  /** Gives the plan this message: the delivery activity reads it from the row. */
  public static void setMessage(UUID planId, PlanPayload payload, String locale) {
    jdbc()
        .update(
            """
            UPDATE execution_plans SET locale = :locale, payload = jsonb_strip_nulls(jsonb_build_object(
              'title', CAST(:title AS text), 'label', CAST(:label AS text), 'to', CAST(:to AS text),
              'subject', CAST(:subject AS text), 'body', CAST(:body AS text),
              'message', CAST(:message AS text)))
            WHERE id = :id
            """,
            new MapSqlParameterSource("id", planId)
                .addValue("locale", locale)
                .addValue("title", payload.title())
                .addValue("label", payload.label())
                .addValue("to", payload.to())
                .addValue("subject", payload.subject())
                .addValue("body", payload.body())
                .addValue("message", payload.message()));
  }

  /** The api module's migrations, from this module (tests) or from the repository root (tools). */
  private static Path migrations() {
    Path fromModule = Path.of("..", "api", "src", "main", "resources", "db", "migration");
    return Files.isDirectory(fromModule)
        ? fromModule
        : Path.of("api", "src", "main", "resources", "db", "migration");
  }

  /** Inserts a plan row as the API would, in status {@code scheduled}; returns its id. */
  public static UUID insertPlan(String userId, String intentType, String payloadJson, Instant due) {
    UUID id = UUID.randomUUID();
    Instant now = Instant.now();
    jdbc()
        .update(
            """
            INSERT INTO execution_plans (id, user_id, intent_type, scheduled_for, timezone,
              requires_approval, status, payload, workflow_id, created_at, updated_at)
            VALUES (:id, :user, :type, :due, 'UTC', :approval, 'scheduled', CAST(:payload AS jsonb),
              :workflowId, :now, :now)
            """,
            new MapSqlParameterSource("id", id)
                .addValue("user", userId)
                .addValue("type", intentType)
                .addValue("due", due.atOffset(ZoneOffset.UTC))
                .addValue("approval", intentType.equals("email") || intentType.equals("whatsapp"))
                .addValue("payload", payloadJson)
                .addValue("workflowId", "plan-" + id)
                .addValue("now", now.atOffset(ZoneOffset.UTC)));
    return id;
  }

  public static String planStatus(UUID planId) {
    return jdbc()
        .queryForObject(
            "SELECT status FROM execution_plans WHERE id = :id",
            new MapSqlParameterSource("id", planId),
            String.class);
  }

  public static String lastError(UUID planId) {
    return jdbc()
        .queryForObject(
            "SELECT last_error FROM execution_plans WHERE id = :id",
            new MapSqlParameterSource("id", planId),
            String.class);
  }

  public static int deliveryRows(UUID planId) {
    Integer rows =
        jdbc()
            .queryForObject(
                "SELECT count(*) FROM deliveries WHERE plan_id = :id",
                new MapSqlParameterSource("id", planId),
                Integer.class);
    return rows == null ? 0 : rows;
  }
}
