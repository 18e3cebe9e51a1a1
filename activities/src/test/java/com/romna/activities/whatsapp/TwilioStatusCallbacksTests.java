package com.romna.activities.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.romna.activities.TestDatabase;
import com.romna.workflows.delivery.DeliveryCallbacks.Outcome;
import com.twilio.security.RequestValidator;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

class TwilioStatusCallbacksTests {

  private static final String URL = "https://romna.example.com/api/webhooks/twilio/status";

  private final TwilioStatusCallbacks callbacks =
      new TwilioStatusCallbacks(FakeTwilio.AUTH_TOKEN, TestDatabase.jdbc(), Clock.systemUTC());
  private final String user = "u-" + UUID.randomUUID();
  private final String sid = "SM" + UUID.randomUUID().toString().replace("-", "");

  @Test
  void testSignaturesAreTheOnesTwiliosValidatorAccepts() {
    Map<String, String> params = status("delivered", null);

    String signature = TwilioSignatures.sign(FakeTwilio.AUTH_TOKEN, URL, params);

    assertThat(new RequestValidator(FakeTwilio.AUTH_TOKEN).validate(URL, params, signature)).isTrue();
  }

  @Test
  void signedStatusMovesTheDeliveryRow() {
    UUID planId = WhatsAppRows.executedWithMessage(user, sid, "queued");

    assertThat(deliver(status("sent", null))).isEqualTo(Outcome.UPDATED);
    assertThat(WhatsAppRows.delivery(planId)).contains(entry("status", "sent"));
    assertThat(deliver(status("delivered", null))).isEqualTo(Outcome.UPDATED);
    assertThat(WhatsAppRows.delivery(planId)).contains(entry("status", "delivered"));
    assertThat(deliver(status("read", null))).isEqualTo(Outcome.UPDATED);
    assertThat(WhatsAppRows.delivery(planId)).contains(entry("status", "read"), entry("error", null));
    assertThat(TestDatabase.planStatus(planId)).isEqualTo("executed");
  }

  @Test
  void forgedOrMissingSignatureChangesNothing() {
    UUID planId = WhatsAppRows.executedWithMessage(user, sid, "queued");
    Map<String, String> failed = status("failed", "63016");

    Outcome forged =
        callbacks.twilioStatus(URL, failed, TwilioSignatures.sign("someone-elses-token", URL, failed));
    Outcome unsigned = callbacks.twilioStatus(URL, failed, null);

    assertThat(forged).isEqualTo(Outcome.BAD_SIGNATURE);
    assertThat(unsigned).isEqualTo(Outcome.BAD_SIGNATURE);
    assertThat(WhatsAppRows.delivery(planId)).contains(entry("status", "queued"), entry("error", null));
    assertThat(TestDatabase.planStatus(planId)).isEqualTo("executed");
  }

  @Test
  void parametersChangedAfterSigningAreRejected() {
    UUID planId = WhatsAppRows.executedWithMessage(user, sid, "queued");
    Map<String, String> params = status("delivered", null);
    String signature = TwilioSignatures.sign(FakeTwilio.AUTH_TOKEN, URL, params);
    params.put("MessageStatus", "failed");

    assertThat(callbacks.twilioStatus(URL, params, signature)).isEqualTo(Outcome.BAD_SIGNATURE);
    assertThat(WhatsAppRows.delivery(planId)).contains(entry("status", "queued"));
  }

  @Test
  void lateStatusesNeverMoveTheRowBack() {
    UUID planId = WhatsAppRows.executedWithMessage(user, sid, "queued");

    deliver(status("delivered", null));
    deliver(status("sent", null));
    deliver(status("sending", null));
    deliver(status("queued", null));

    assertThat(WhatsAppRows.delivery(planId)).contains(entry("status", "delivered"));
    deliver(status("read", null));
    deliver(status("delivered", null));
    assertThat(WhatsAppRows.delivery(planId)).contains(entry("status", "read"));
  }

  @Test
  void refusedOutsideTheSessionWindowAfterExecutionFailsThePlanWithTheReason() {
    UUID planId = WhatsAppRows.executedWithMessage(user, sid, "queued");

    Outcome outcome = deliver(status("failed", "63016"));

    assertThat(outcome).isEqualTo(Outcome.UPDATED);
    String reason = TestDatabase.lastError(planId);
    assertThat(reason)
        .startsWith("WhatsApp did not deliver the message: WhatsApp refuses free-form text")
        .contains("TWILIO_WHATSAPP_CONTENT_SID")
        .endsWith("(Twilio 63016)");
    assertThat(TestDatabase.planStatus(planId)).isEqualTo("failed");
    assertThat(WhatsAppRows.delivery(planId)).contains(entry("status", "failed"), entry("error", reason));
    assertThat(WhatsAppRows.events(planId)).containsExactly("failed: " + reason);
  }

  @Test
  void repeatedFailureRecordsTheFailureOnce() {
    UUID planId = WhatsAppRows.executedWithMessage(user, sid, "sent");

    deliver(status("undelivered", "30003"));
    deliver(status("failed", "30003"));
    deliver(status("undelivered", "30003"));

    assertThat(TestDatabase.planStatus(planId)).isEqualTo("failed");
    assertThat(TestDatabase.lastError(planId))
        .isEqualTo("WhatsApp did not deliver the message: the recipient's phone is unreachable (Twilio 30003)");
    assertThat(WhatsAppRows.events(planId)).hasSize(1);
    assertThat(WhatsAppRows.delivery(planId)).contains(entry("status", "undelivered"));
  }

  @Test
  void failureOfAPlanNotYetExecutedOnlyUpdatesTheRow() {
    UUID planId = WhatsAppRows.plan(user, "running late");
    WhatsAppRows.delivery(planId, user, "queued", sid, java.time.Instant.now());

    deliver(status("failed", "63016"));

    assertThat(TestDatabase.planStatus(planId)).isEqualTo("scheduled");
    assertThat(WhatsAppRows.events(planId)).isEmpty();
    assertThat(WhatsAppRows.delivery(planId)).contains(entry("status", "failed"));
  }

  @Test
  void anotherPlansFailureLeavesThisPlanExecuted() {
    UUID mine = WhatsAppRows.executedWithMessage(user, sid, "queued");
    String otherSid = "SM" + UUID.randomUUID().toString().replace("-", "");
    UUID other = WhatsAppRows.executedWithMessage(user, otherSid, "queued");

    Map<String, String> params = status("failed", "63016");
    params.put("MessageSid", otherSid);
    deliver(params);

    assertThat(TestDatabase.planStatus(other)).isEqualTo("failed");
    assertThat(TestDatabase.planStatus(mine)).isEqualTo("executed");
    assertThat(WhatsAppRows.delivery(mine)).contains(entry("status", "queued"));
  }

  @Test
  void unknownMessageIsReportedAndChangesNothing() {
    Map<String, String> params = status("delivered", null);
    params.put("MessageSid", "SMdoesnotexist");
    WhatsAppRows.executedWithMessage(user, sid, "queued");
    String before = allDeliveries();

    assertThat(deliver(params)).isEqualTo(Outcome.UNKNOWN_MESSAGE);
    assertThat(allDeliveries()).isEqualTo(before);
  }

  @Test
  void withoutAnAuthTokenNothingIsConfigured() {
    TwilioStatusCallbacks unconfigured =
        new TwilioStatusCallbacks("", TestDatabase.jdbc(), Clock.systemUTC());

    assertThat(unconfigured.twilioStatus(URL, status("delivered", null), "anything"))
        .isEqualTo(Outcome.NOT_CONFIGURED);
  }

  private Outcome deliver(Map<String, String> params) {
    return callbacks.twilioStatus(URL, params, TwilioSignatures.sign(FakeTwilio.AUTH_TOKEN, URL, params));
  }

  /** A status callback as Twilio posts it for a WhatsApp message. */
  private Map<String, String> status(String status, String errorCode) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("AccountSid", FakeTwilio.ACCOUNT_SID);
    params.put("ApiVersion", "2010-04-01");
    params.put("ChannelPrefix", "whatsapp");
    params.put("From", FakeTwilio.FROM);
    params.put("MessageSid", sid);
    params.put("MessageStatus", status);
    params.put("SmsSid", sid);
    params.put("SmsStatus", status);
    params.put("To", "whatsapp:" + WhatsAppRows.TO);
    if (errorCode != null) {
      params.put("ErrorCode", errorCode);
    }
    return params;
  }

  /** Every delivery row's status, error and update time, as one fingerprint. */
  private static String allDeliveries() {
    return TestDatabase.jdbc()
        .queryForObject(
            "SELECT md5(string_agg(id || status || coalesce(error, '') || updated_at, ',' ORDER BY id))"
                + " FROM deliveries",
            new MapSqlParameterSource(),
            String.class);
  }
}
