package com.romna.activities.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.romna.activities.DeliveryHarness;
import com.romna.activities.TestDatabase;
import com.romna.activities.delivery.EmailSender;
import com.romna.workflows.IntentType;
import com.romna.workflows.PlanPayload;
import com.romna.workflows.PlanStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Approved email plans run to their end through the real workflow, activities, ledger and retry
 * policy, with the real resend-java SDK talking to a fake Resend.
 */
class ResendDeliveryTests {

  private static final PlanPayload DRAFT =
      PlanPayload.email("john@example.com", "Meeting tomorrow", "See you at 10.");
  private static final String DRAFT_JSON =
      "{\"to\":\"john@example.com\",\"subject\":\"Meeting tomorrow\",\"body\":\"See you at 10.\"}";

  private final FakeResend resend = new FakeResend();

  @AfterEach
  void stop() {
    resend.close();
  }

  @Test
  void serverErrorIsRetriedAndTheEmailSentOnceWithTheSameKey() {
    resend.failsOnceThenAccepts(
        500, ResendErrorsTests.error(500, "application_error", "An unexpected error occurred."));
    UUID planId = insertPlan();

    PlanStatus status = run(resend.sender(), planId);

    assertThat(status).isEqualTo(PlanStatus.EXECUTED);
    assertThat(TestDatabase.planStatus(planId)).isEqualTo("executed");
    assertThat(planAttempts(planId)).isEqualTo(2);
    assertThat(keys(resend.requests())).containsExactly(key(planId), key(planId));
    assertThat(resend.emailsCreated()).isEqualTo(1);
    assertThat(deliveries(planId))
        .containsExactly(
            Map.of(
                "provider",
                "resend",
                "status",
                "sent",
                "provider_message_id",
                "email-1",
                "recipient",
                "john@example.com"));
  }

  @Test
  void invalidRecipientFailsThePlanAfterOneRequest() {
    resend.answers(
        422,
        ResendErrorsTests.error(
            422,
            "validation_error",
            "Invalid `to` field. The email address needs to follow the `email@example.com` or `Name"
                + " <email@example.com>` format."));
    UUID planId = insertPlan();

    PlanStatus status = run(resend.sender(), planId);

    assertThat(status).isEqualTo(PlanStatus.FAILED);
    assertThat(TestDatabase.planStatus(planId)).isEqualTo("failed");
    assertThat(TestDatabase.lastError(planId))
        .isEqualTo(
            "Resend refused the email: Invalid `to` field. The email address needs to follow the"
                + " `email@example.com` or `Name <email@example.com>` format.");
    assertThat(resend.requests()).hasSize(1);
    assertThat(resend.emailsCreated()).isZero();
    assertThat(deliveries(planId)).extracting(row -> row.get("status")).containsExactly("failed");
  }

  @Test
  void rejectedApiKeyFailsThePlanSayingTheConfigurationIsWrong() {
    resend.answers(
        401,
        ResendErrorsTests.error(
            401, "missing_api_key", "Missing API key in the authorization header."));
    UUID planId = insertPlan();

    PlanStatus status = run(resend.sender(), planId);

    assertThat(status).isEqualTo(PlanStatus.FAILED);
    assertThat(TestDatabase.lastError(planId))
        .isEqualTo(
            "email is not configured correctly at Resend (check RESEND_API_KEY, and that the domain"
                + " of ROMNA_EMAIL_FROM is verified at Resend): Missing API key in the"
                + " authorization header.");
    assertThat(resend.requests()).hasSize(1);
  }

  @Test
  void crashAfterResendAcceptedResendsWithTheSameKeyAndResendSendsOnce() {
    resend.accepts();
    UUID planId = insertPlan();
    List<String> ledgerAtCrash = new ArrayList<>();
    EmailSender crashingOnce =
        new CrashesOnceAfterSending(
            resend.sender(),
            () -> deliveries(planId).forEach(row -> ledgerAtCrash.add(row.get("status"))));

    PlanStatus status = run(crashingOnce, planId);

    assertThat(ledgerAtCrash).containsExactly("sending");
    assertThat(status).isEqualTo(PlanStatus.EXECUTED);
    assertThat(TestDatabase.planStatus(planId)).isEqualTo("executed");
    assertThat(keys(resend.requests())).containsExactly(key(planId), key(planId));
    assertThat(resend.requests().get(1).getBodyAsString())
        .isEqualTo(resend.requests().get(0).getBodyAsString());
    assertThat(resend.emailsCreated()).isEqualTo(1);
    assertThat(deliveries(planId))
        .containsExactly(
            Map.of(
                "provider",
                "resend",
                "status",
                "sent",
                "provider_message_id",
                "email-1",
                "recipient",
                "john@example.com"));
  }

  private static UUID insertPlan() {
    return TestDatabase.insertPlan("u-resend", "email", DRAFT_JSON, Instant.now());
  }

  private static PlanStatus run(EmailSender sender, UUID planId) {
    try (DeliveryHarness harness = new DeliveryHarness(null, sender, null)) {
      return harness.run(planId, "u-resend", IntentType.EMAIL, DRAFT, "en");
    }
  }

  private static String key(UUID planId) {
    return "plan/" + planId + "/email";
  }

  private static List<String> keys(List<LoggedRequest> requests) {
    return requests.stream().map(r -> r.getHeader("Idempotency-Key")).toList();
  }

  private static int planAttempts(UUID planId) {
    return TestDatabase.jdbc()
        .queryForObject(
            "SELECT attempts FROM execution_plans WHERE id = :id",
            new MapSqlParameterSource("id", planId),
            Integer.class);
  }

  private static List<Map<String, String>> deliveries(UUID planId) {
    return TestDatabase.jdbc()
        .query(
            "SELECT provider, status, provider_message_id, recipient FROM deliveries"
                + " WHERE plan_id = :id AND channel = 'email'",
            new MapSqlParameterSource("id", planId),
            (rs, n) -> {
              Map<String, String> row = new HashMap<>();
              for (String column :
                  List.of("provider", "status", "provider_message_id", "recipient")) {
                if (rs.getString(column) != null) {
                  row.put(column, rs.getString(column));
                }
              }
              return row;
            });
  }
}
