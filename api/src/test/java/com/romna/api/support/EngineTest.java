package com.romna.api.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.romna.api.RomnaApplication;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service over HTTP: real PostgreSQL, real workflows and activities on Temporal's
 * time-skipping test server. Every test acts as a user of its own.
 */
@SpringBootTest(
    classes = RomnaApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.temporal.test-server.enabled=true",
      "romna.temporal.embedded=never",
      "romna.auth.service-key=" + Api.SERVICE_KEY
    })
@Import(EngineTestConfiguration.class)
public abstract class EngineTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", TestPostgres::jdbcUrl);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }

  @LocalServerPort protected int port;

  @Autowired
  @Qualifier("temporalTestWorkflowEnvironment")
  protected TestWorkflowEnvironment env;

  @Autowired protected JdbcClient jdbc;
  @Autowired protected FlakyPushSender push;

  protected Api api;
  protected String user;
  protected String token;

  @BeforeEach
  void newUser() {
    api = new Api(port);
    user = "user-" + UUID.randomUUID();
    token = Api.tokenFor(user);
  }

  protected Instant now() {
    return Instant.ofEpochMilli(env.currentTimeMillis());
  }

  protected Api.Response decide(String transcript, String timezone, String... headers) {
    return api.post(
        "/api/voice/decide",
        token,
        Api.json(Map.of("transcript", transcript, "timezone", timezone)),
        headers);
  }

  protected UUID planId(Api.Response response) {
    return UUID.fromString(response.text("planId"));
  }

  protected Api.Response plan(UUID planId) {
    return api.get("/api/plans/" + planId, token);
  }

  protected String status(UUID planId) {
    return jdbc.sql("SELECT status FROM execution_plans WHERE id = :id")
        .param("id", planId)
        .query(String.class)
        .single();
  }

  protected void awaitStatus(UUID planId, String expected) {
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(status(planId)).isEqualTo(expected));
  }

  protected int deliveries(UUID planId) {
    return jdbc.sql("SELECT count(*) FROM deliveries WHERE plan_id = :id")
        .param("id", planId)
        .query(Integer.class)
        .single();
  }

  protected int plansOfUser() {
    return jdbc.sql("SELECT count(*) FROM execution_plans WHERE user_id = :user")
        .param("user", user)
        .query(Integer.class)
        .single();
  }

  protected WorkflowExecutionStatus workflowStatus(UUID planId) {
    return env.getWorkflowServiceStubs()
        .blockingStub()
        .describeWorkflowExecution(
            DescribeWorkflowExecutionRequest.newBuilder()
                .setNamespace(env.getNamespace())
                .setExecution(WorkflowExecution.newBuilder().setWorkflowId("plan-" + planId))
                .build())
        .getWorkflowExecutionInfo()
        .getStatus();
  }
}
