package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.RomnaApplication;
import com.romna.api.support.Api;
import com.romna.api.support.EngineTestConfiguration;
import com.romna.api.support.ServiceTest;
import com.romna.api.support.TestPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Twilio's status callbacks over HTTP, with Twilio configured and the service behind a public
 * base URL (as behind a proxy: Twilio signs the public URL, the request arrives on localhost).
 * No bearer token: the signature is the authentication.
 *
 * <p>The whole service as in {@link com.romna.api.support.EngineTest}, but on a database of its
 * own: this service re-drives every unfinished plan it finds at start-up, and with Twilio really
 * configured it must not pick up (and send) other tests' plans.
 */
@SpringBootTest(
    classes = RomnaApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.temporal.test-server.enabled=true",
      "romna.temporal.embedded=never",
      "spring.datasource.username=postgres",
      "spring.datasource.password=",
      "romna.whatsapp.twilio.account-sid=" + TwilioWebhookTests.ACCOUNT_SID,
      "romna.whatsapp.twilio.auth-token=" + TwilioWebhookTests.AUTH_TOKEN,
      "romna.whatsapp.twilio.from=+14155238886",
      "romna.public-base-url=https://romna.example.com/"
    })
@Import(EngineTestConfiguration.class)
class TwilioWebhookTests extends ServiceTest {

  static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
  static final String AUTH_TOKEN = "0123456789abcdef0123456789abcdef";

  private static final String SIGNED_URL = "https://romna.example.com/api/webhooks/twilio/status";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  // Created once: property suppliers may be called more than once.
  private static final String DATABASE = TestPostgres.newDatabase();

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> DATABASE);
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final String sid = "SM" + UUID.randomUUID().toString().replace("-", "");

  @Test
  void signedStatusUpdatesTheDeliveryWithoutABearerToken() {
    UUID planId = executedWhatsAppPlan();
    Map<String, String> form = callback("delivered", null);

    HttpResponse<String> response = post(form, sign(AUTH_TOKEN, SIGNED_URL, form));

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.body()).isEmpty();
    assertThat(deliveryStatus()).isEqualTo("delivered");
    assertThat(status(planId)).isEqualTo("executed");
  }

  @Test
  void forgedSignatureIsForbiddenAndChangesNothing() {
    UUID planId = executedWhatsAppPlan();
    Map<String, String> form = callback("failed", "63016");

    HttpResponse<String> forged = post(form, sign("not-the-auth-token", SIGNED_URL, form));
    HttpResponse<String> unsigned = post(form, null);

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(forged.body());
    assertThat(problem.get("type").asString()).isEqualTo("urn:romna:problem:bad-signature");
    assertThat(problem.get("status").asInt()).isEqualTo(403);
    assertThat(unsigned.statusCode()).isEqualTo(403);
    assertThat(deliveryStatus()).isEqualTo("queued");
    assertThat(status(planId)).isEqualTo("executed");
  }

  @Test
  void refusalForAPlanWhoseWorkflowHasClosedIsRecordedOnTheDeliveryOnly() {
    // No workflow runs for this plan: its receipt window is over.
    UUID planId = executedWhatsAppPlan();
    Map<String, String> form = callback("failed", "63016");

    HttpResponse<String> response = post(form, sign(AUTH_TOKEN, SIGNED_URL, form));

    assertThat(response.statusCode()).isEqualTo(204);
    JsonNode plan = new Api(port).get("/api/plans/" + planId, Api.tokenFor(user)).body();
    assertThat(plan.get("status").asString()).isEqualTo("executed");
    JsonNode delivery = plan.get("deliveries").get(0);
    assertThat(delivery.get("status").asString()).isEqualTo("failed");
    assertThat(delivery.get("error").asString())
        .startsWith("WhatsApp did not deliver the message")
        .contains("TWILIO_WHATSAPP_CONTENT_SID")
        .endsWith("(Twilio 63016)");
  }

  @Test
  void unknownMessageIsAcknowledged() {
    Map<String, String> form = callback("delivered", null);

    HttpResponse<String> response = post(form, sign(AUTH_TOKEN, SIGNED_URL, form));

    assertThat(response.statusCode()).isEqualTo(204);
  }

  /** A WhatsApp plan the engine already delivered through Twilio, message {@link #sid} queued. */
  private UUID executedWhatsAppPlan() {
    UUID planId = UUID.randomUUID();
    var now = Instant.now().atOffset(ZoneOffset.UTC);
    jdbc.sql(
            """
            INSERT INTO execution_plans (id, user_id, intent_type, scheduled_for, timezone,
              requires_approval, status, payload, workflow_id, created_at, updated_at, executed_at)
            VALUES (:id, :user, 'whatsapp', :now, 'UTC', true, 'executed',
              CAST(:payload AS jsonb), :workflow, :now, :now, :now)
            """)
        .param("id", planId)
        .param("user", user)
        .param("now", now)
        .param("payload", "{\"to\":\"+966501234567\",\"message\":\"running late\"}")
        .param("workflow", "plan-" + planId)
        .update();
    jdbc.sql(
            """
            INSERT INTO deliveries (id, plan_id, user_id, channel, provider, idempotency_key,
              status, recipient, provider_message_id, attempts, created_at, updated_at)
            VALUES (:id, :plan, :user, 'whatsapp', 'twilio', :key, 'queued',
              'whatsapp:+966501234567', :sid, 1, :now, :now)
            """)
        .param("id", UUID.randomUUID())
        .param("plan", planId)
        .param("user", user)
        .param("key", "plan/" + planId + "/whatsapp")
        .param("sid", sid)
        .param("now", now)
        .update();
    return planId;
  }

  private String deliveryStatus() {
    return jdbc.sql("SELECT status FROM deliveries WHERE provider_message_id = :sid")
        .param("sid", sid)
        .query(String.class)
        .single();
  }

  private Map<String, String> callback(String status, String errorCode) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("AccountSid", ACCOUNT_SID);
    form.put("ApiVersion", "2010-04-01");
    form.put("ChannelPrefix", "whatsapp");
    form.put("From", "whatsapp:+14155238886");
    form.put("MessageSid", sid);
    form.put("MessageStatus", status);
    form.put("To", "whatsapp:+966501234567");
    if (errorCode != null) {
      form.put("ErrorCode", errorCode);
    }
    return form;
  }

  private HttpResponse<String> post(Map<String, String> form, String signature) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/webhooks/twilio/status"))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      request.header("X-Twilio-Signature", signature);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Twilio's signature: HMAC-SHA1 of the URL and the sorted name/value pairs, Base64. */
  private static String sign(String token, String url, Map<String, String> form) {
    StringBuilder data = new StringBuilder(url);
    new TreeMap<>(form).forEach((name, value) -> data.append(name).append(value));
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
