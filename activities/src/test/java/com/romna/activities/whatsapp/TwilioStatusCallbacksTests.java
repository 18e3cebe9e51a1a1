package com.romna.activities.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.romna.activities.TestDatabase;
import com.romna.workflows.delivery.DeliveryCallbacks.Outcome;
import com.romna.workflows.delivery.DeliveryCallbacks.Result;
import com.romna.workflows.delivery.ProviderReceipt;
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
  void signedStatusMovesTheDeliveryRowAndOnlyAFinalOneBecomesAReceipt() {
    UUID planId = WhatsAppRows.executedWithMessage(user, sid, "queued");

    Result sent = deliver(status("sent", null));
    assertThat(sent.outcome()).isEqualTo(Outcome.UPDATED);
    assertThat(sent.receipt()).isNull();
    assertThat(WhatsAppRows.delivery(planId)).contains(entry("status", "sent"));

    Result delivered = deliver(status("delivered", null));
    assertThat(delivered.planId()).isEqualTo(planId);
    assertThat(delivered.receipt())
        .isEqualTo(new ProviderReceipt("twilio", sid, "delivered", true, null));
    assertThat(WhatsAppRows.delivery(planId)).contains(entry("status", "delivered"));
    assertThat(deliver(status("read", null)).receipt().delivered()).isTrue();
    assertThat(WhatsAppRows.delivery(planId)).contains(entry("status", "read"), entry("error", null));
    assertThat(TestDatabase.planStatus(planId)).isEqualTo("executed");
  }

  @Test
  void forgedOrMissingSignatureChangesNothing() {
    UUID planId = WhatsAppRows.executedWithMessage(user, sid, "queued");
    Map<String, String> failed = status("failed", "63016");

    Result forged =
        callbacks.twilioStatus(URL, failed, TwilioSignatures.sign("someone-elses-token", URL, failed));
    Result unsigned = callbacks.twilioStatus(URL, failed, null);

    assertThat(forged.outcome()).isEqualTo(Outcome.BAD_SIGNATURE);
    assertThat(unsigned.outcome()).isEqualTo(Outcome.BAD_SIGNATURE);
    assertThat(forged.receipt()).isNull();
    assertThat(WhatsAppRows.delivery(planId)).contains(entry("status", "queued"), entry("error", null));
    assertThat(TestDatabase.planStatus(planId)).isEqualTo("executed");
  }

  @Test
  void parametersChangedAfterSigningAreRejected() {
    UUID planId = WhatsAppRows.executedWithMessage(user, sid, "queued");
    Map<String, String> params = status("delivered", null);
    String signature = TwilioSignatures.sign(FakeTwilio.AUTH_TOKEN, URL, params);
    params.put("MessageStatus", "failed");

    assertThat(callbacks.twilioStatus(URL, params, signature).outcome()).isEqualTo(Outcome.BAD_SIGNATURE);
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
  void refusalUpdatesTheRowAndHandsTheReasonToThePlansWorkflow() {
    UUID planId = WhatsAppRows.executedWithMessage(user, sid, "queued");

    Result result = deliver(status("failed", "63016"));

    assertThat(result.outcome()).isEqualTo(Outcome.UPDATED);
    assertThat(result.planId()).isEqualTo(planId);
    String reason = result.receipt().reason();
    assertThat(result.receipt().delivered()).isFalse();
    assertThat(reason)
        .startsWith("WhatsApp did not deliver the message: WhatsApp refuses free-form text")
        .contains("TWILIO_WHATSAPP_CONTENT_SID")
        .endsWith("(Twilio 63016)");
    assertThat(WhatsAppRows.delivery(planId)).contains(entry("status", "failed"), entry("error", reason));
    // The plan is the workflow's to record: the callback handler never writes its status.
    assertThat(TestDatabase.planStatus(planId)).isEqualTo("executed");
    assertThat(WhatsAppRows.events(planId)).isEmpty();
  }

  @Test
  void repeatedFailureIsHandedOnEachTimeSoARetriedSignalStillArrives() {
    UUID planId = WhatsAppRows.executedWithMessage(user, sid, "sent");

    Result first = deliver(status("undelivered", "30003"));
    Result again = deliver(status("failed", "30003"));

    assertThat(first.receipt().reason())
        .isEqualTo("WhatsApp did not deliver the message: the recipient's phone is unreachable (Twilio 30003)");
    assertThat(again.receipt()).isNotNull();
    assertThat(WhatsAppRows.delivery(planId)).contains(entry("status", "undelivered"));
  }

  @Test
  void anotherPlansStatusNamesThatPlan() {
    UUID mine = WhatsAppRows.executedWithMessage(user, sid, "queued");
    String otherSid = "SM" + UUID.randomUUID().toString().replace("-", "");
    UUID other = WhatsAppRows.executedWithMessage(user, otherSid, "queued");

    Map<String, String> params = status("failed", "63016");
    params.put("MessageSid", otherSid);

    assertThat(deliver(params).planId()).isEqualTo(other);
    assertThat(WhatsAppRows.delivery(mine)).contains(entry("status", "queued"));
  }

  @Test
  void unknownMessageIsReportedAndChangesNothing() {
    Map<String, String> params = status("delivered", null);
    params.put("MessageSid", "SMdoesnotexist");
    WhatsAppRows.executedWithMessage(user, sid, "queued");
    String before = allDeliveries();

    assertThat(deliver(params).outcome()).isEqualTo(Outcome.UNKNOWN_MESSAGE);
    assertThat(allDeliveries()).isEqualTo(before);
  }

  @Test
  void withoutAnAuthTokenNothingIsConfigured() {
    TwilioStatusCallbacks unconfigured =
        new TwilioStatusCallbacks("", TestDatabase.jdbc(), Clock.systemUTC());

    assertThat(unconfigured.twilioStatus(URL, status("delivered", null), "anything").outcome())
        .isEqualTo(Outcome.NOT_CONFIGURED);
  }

  private Result deliver(Map<String, String> params) {
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
