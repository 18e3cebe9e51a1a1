package com.romna.api.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.romna.activities.email.FakeResend;
import com.romna.activities.push.FakeFcm;
import com.romna.activities.whatsapp.FakeTwilio;
import com.romna.api.RomnaApplication;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
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
import tools.jackson.databind.JsonNode;

/**
 * The whole service over HTTP as in {@link EngineTest}, but delivering through the real provider
 * SDKs to local fake FCM, Resend and Twilio servers ({@link ProviderFakesConfiguration}).
 *
 * <p>On a database of its own: the service re-drives every unfinished plan it finds at start-up,
 * and must not send other test classes' plans to the fakes.
 */
@SpringBootTest(
    classes = RomnaApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.temporal.test-server.enabled=true",
      "romna.temporal.embedded=never",
      "spring.datasource.username=postgres",
      "spring.datasource.password=",
      "romna.public-base-url=" + ProviderFakesConfiguration.PUBLIC_BASE_URL
    })
@Import(ProviderFakesConfiguration.class)
public abstract class ProviderEngineTest {

  // Created once: property suppliers may be called more than once.
  private static final String DATABASE = TestPostgres.newDatabase();

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> DATABASE);
  }

  @LocalServerPort protected int port;

  @Autowired
  @Qualifier("temporalTestWorkflowEnvironment")
  protected TestWorkflowEnvironment env;

  @Autowired protected JdbcClient jdbc;
  @Autowired protected FakeFcm fcm;
  @Autowired protected FakeResend resend;
  @Autowired protected FakeTwilio twilio;

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

  protected Api.Response decide(String transcript, String timezone) {
    return api.post(
        "/api/voice/decide", token, Api.json(Map.of("transcript", transcript, "timezone", timezone)));
  }

  protected static UUID planId(Api.Response response) {
    return UUID.fromString(response.text("planId"));
  }

  protected static Instant scheduledFor(Api.Response response) {
    return OffsetDateTime.parse(response.text("scheduledFor")).toInstant();
  }

  protected Api.Response approve(UUID planId) {
    return api.post("/api/plans/" + planId + "/approve", token, "");
  }

  protected Api.Response plan(UUID planId) {
    return api.get("/api/plans/" + planId, token);
  }

  /** The plan's only delivery, as {@code GET /api/plans/{id}} shows it. */
  protected JsonNode onlyDelivery(UUID planId) {
    JsonNode deliveries = plan(planId).body().get("deliveries");
    assertThat(deliveries.size()).isEqualTo(1);
    return deliveries.get(0);
  }

  protected String status(UUID planId) {
    return jdbc.sql("SELECT status FROM execution_plans WHERE id = :id")
        .param("id", planId)
        .query(String.class)
        .single();
  }

  protected void awaitStatus(UUID planId, String expected) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(status(planId)).isEqualTo(expected));
  }

  /** The {@code deliveries} rows of a plan: status, provider, provider message id, error. */
  protected java.util.List<Map<String, Object>> deliveryRows(UUID planId) {
    return jdbc.sql(
            "SELECT status, provider, provider_message_id, error, attempts FROM deliveries"
                + " WHERE plan_id = :id ORDER BY created_at")
        .param("id", planId)
        .query()
        .listOfRows();
  }
}
