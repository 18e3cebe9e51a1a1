package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.romna.api.RomnaApplication;
import com.romna.api.support.Api;
import com.romna.api.support.EngineTestConfiguration;
import com.romna.api.support.TestPostgres;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nothing is lost when the service stops: each run below is a whole service with its own
 * in-memory Temporal (as in the local default), sharing only the PostgreSQL database.
 */
class RestartTests {

  private String database;
  private final String user = "user-" + UUID.randomUUID();
  private final String token = Api.tokenFor(user);

  @BeforeEach
  void freshDatabase() {
    database = TestPostgres.newDatabase();
  }

  private ConfigurableApplicationContext startService() {
    return new SpringApplicationBuilder(RomnaApplication.class, EngineTestConfiguration.class)
        // Command-line arguments: they outrank application.yml (builder properties would not).
        .run(
            "--server.port=0",
            "--spring.temporal.test-server.enabled=true",
            "--romna.temporal.embedded=never",
            "--spring.datasource.url=" + database,
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=");
  }

  private UUID createReminder(ConfigurableApplicationContext service, String transcript) {
    Api api = new Api(service.getEnvironment().getProperty("local.server.port", Integer.class));
    Api.Response created =
        api.post("/api/voice/decide", token, Api.json(Map.of("transcript", transcript, "timezone", "UTC")));
    assertThat(created.text("status")).isEqualTo("scheduled");
    return UUID.fromString(created.text("planId"));
  }

  private static String status(ConfigurableApplicationContext service, UUID planId) {
    return service.getBean(JdbcClient.class)
        .sql("SELECT status FROM execution_plans WHERE id = :id").param("id", planId)
        .query(String.class).single();
  }

  private static int deliveries(ConfigurableApplicationContext service, UUID planId) {
    return service.getBean(JdbcClient.class)
        .sql("SELECT count(*) FROM deliveries WHERE plan_id = :id").param("id", planId)
        .query(Integer.class).single();
  }

  private static TestWorkflowEnvironment temporal(ConfigurableApplicationContext service) {
    return service.getBean("temporalTestWorkflowEnvironment", TestWorkflowEnvironment.class);
  }

  @Test
  void planSleepingWhenTheServiceStopsStillExecutesOnceAfterRestart() {
    UUID planId;
    try (ConfigurableApplicationContext first = startService()) {
      planId = createReminder(first, "remind me in 2 hours to take my medicine");
    }

    try (ConfigurableApplicationContext second = startService()) {
      TestWorkflowEnvironment env = temporal(second);
      var workflow =
          env.getWorkflowServiceStubs().blockingStub().describeWorkflowExecution(
              DescribeWorkflowExecutionRequest.newBuilder()
                  .setNamespace(env.getNamespace())
                  .setExecution(WorkflowExecution.newBuilder().setWorkflowId("plan-" + planId))
                  .build());
      assertThat(workflow.getWorkflowExecutionInfo().getStatus())
          .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
      assertThat(deliveries(second, planId)).isZero();

      env.sleep(Duration.ofHours(2).plusMinutes(1));

      await().atMost(Duration.ofSeconds(20))
          .untilAsserted(() -> assertThat(status(second, planId)).isEqualTo("executed"));
      assertThat(deliveries(second, planId)).isEqualTo(1);
    }
  }

  @Test
  void planThatFellDueWhileTheServiceWasDownFiresAsSoonAsItIsBack() {
    UUID planId;
    try (ConfigurableApplicationContext first = startService()) {
      planId = createReminder(first, "remind me in 30 minutes to stretch");
      // The service stays down past the plan's time: as far as the plan knows, that is all
      // downtime does.
      first.getBean(JdbcClient.class)
          .sql("UPDATE execution_plans SET scheduled_for = scheduled_for - interval '1 hour' WHERE id = :id")
          .param("id", planId)
          .update();
    }

    try (ConfigurableApplicationContext second = startService()) {
      await().atMost(Duration.ofSeconds(20))
          .untilAsserted(() -> assertThat(status(second, planId)).isEqualTo("executed"));
      assertThat(deliveries(second, planId)).isEqualTo(1);
    }
  }

  @Test
  void aDailySeriesGoesOnAfterARestartAndNoOccurrenceIsSentTwice() {
    UUID planId;
    try (ConfigurableApplicationContext first = startService()) {
      Api api = new Api(first.getEnvironment().getProperty("local.server.port", Integer.class));
      Api.Response created = api.post("/api/voice/decide", token,
          Api.json(Map.of("transcript", "remind me every day at 8 to take my medicine", "timezone", "Asia/Riyadh")));
      assertThat(created.status()).isEqualTo(201);
      planId = UUID.fromString(created.text("planId"));
      temporal(first).sleep(Duration.ofDays(3));
      await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(deliveries(first, planId)).isEqualTo(3));
    }

    try (ConfigurableApplicationContext second = startService()) {
      temporal(second).sleep(Duration.ofDays(6));
      await().atMost(Duration.ofSeconds(20))
          .untilAsserted(() -> assertThat(deliveries(second, planId)).isGreaterThanOrEqualTo(6));
      var rows = second.getBean(JdbcClient.class)
          .sql("SELECT idempotency_key, created_at FROM deliveries WHERE plan_id = :id").param("id", planId)
          .query().listOfRows();
      assertThat(rows.stream().map(r -> r.get("idempotency_key"))).doesNotHaveDuplicates();
      assertThat(rows.stream().map(r -> ((java.sql.Timestamp) r.get("created_at")).toInstant()
          .atZone(java.time.ZoneId.of("Asia/Riyadh")).toLocalDate())).doesNotHaveDuplicates();
      assertThat(status(second, planId)).isEqualTo("scheduled");
    }
  }
}
