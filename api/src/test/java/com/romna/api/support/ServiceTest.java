package com.romna.api.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * What every test of the running service needs: a user of its own with a token, the HTTP API,
 * the test server's clock, and the plan's state as Postgres and Temporal hold it. The subclasses
 * say how the service is configured.
 */
public abstract class ServiceTest {

  @LocalServerPort protected int port;

  @Autowired
  @Qualifier("temporalTestWorkflowEnvironment")
  protected TestWorkflowEnvironment env;

  @Autowired protected JdbcClient jdbc;

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

  protected static UUID planId(Api.Response response) {
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

  /** The plan's own sends (its approval reminder is not one). */
  protected int deliveries(UUID planId) {
    return jdbc.sql("SELECT count(*) FROM deliveries WHERE plan_id = :id AND purpose = 'plan'")
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

  protected static Instant scheduledFor(Api.Response response) {
    return OffsetDateTime.parse(response.text("scheduledFor")).toInstant();
  }

  protected Api.Response approve(UUID planId) {
    return api.post("/api/plans/" + planId + "/approve", token, "");
  }

  /** The plan's only delivery, as {@code GET /api/plans/{id}} shows it. */
  protected JsonNode onlyDelivery(UUID planId) {
    JsonNode deliveries = plan(planId).body().get("deliveries");
    assertThat(deliveries.size()).isEqualTo(1);
    return deliveries.get(0);
  }

  /** The {@code deliveries} rows of a plan: status, provider, provider message id, error. */
  protected List<Map<String, Object>> deliveryRows(UUID planId) {
    return jdbc.sql(
            "SELECT status, provider, provider_message_id, error, attempts FROM deliveries"
                + " WHERE plan_id = :id ORDER BY created_at")
        .param("id", planId)
        .query()
        .listOfRows();
  }
}
