package com.romna.activities.whatsapp;

import com.romna.activities.delivery.DeliveryFailure;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.rest.api.v2010.account.Message;
import java.util.Map;

/**
 * Twilio's errors classified for the retry decision, with reasons a user can act on: they become
 * the plan's {@code last_error}. Codes: https://www.twilio.com/docs/api/errors.
 */
final class TwilioErrors {

  static final int OUTSIDE_SESSION_WINDOW = 63016;

  private static final String NOT_SENT = "WhatsApp message not sent: ";
  private static final String CHECK_FROM =
      "TWILIO_WHATSAPP_FROM is not a WhatsApp sender of this Twilio account";
  private static final String CHECK_TEMPLATE =
      "the Content Template in TWILIO_WHATSAPP_CONTENT_SID does not fit this message (it must"
          + " exist, be approved, and take one variable, {{1}})";

  private static final Map<Integer, String> REASONS =
      Map.ofEntries(
          Map.entry(21211, "the recipient's number is not a valid phone number"),
          Map.entry(21614, "the recipient's number is not a mobile number"),
          Map.entry(21408, "the Twilio account may not send to the recipient's country"),
          Map.entry(21610, "the recipient has opted out of messages from this sender"),
          Map.entry(63003, "the recipient's number is not on WhatsApp"),
          Map.entry(63024, "the recipient's number is not a valid WhatsApp recipient"),
          Map.entry(63015, "the recipient has not joined this Twilio WhatsApp sandbox"),
          Map.entry(
              OUTSIDE_SESSION_WINDOW,
              "WhatsApp refuses free-form text to someone who has not written to this number in"
                  + " the last 24 hours; outside that window it only accepts an approved template."
                  + " Set TWILIO_WHATSAPP_CONTENT_SID to a Content Template whose variable {{1}} is"
                  + " the message"),
          Map.entry(63007, CHECK_FROM),
          Map.entry(21606, CHECK_FROM),
          Map.entry(21212, CHECK_FROM),
          Map.entry(21655, CHECK_TEMPLATE),
          Map.entry(21656, CHECK_TEMPLATE),
          Map.entry(63027, CHECK_TEMPLATE),
          Map.entry(63028, CHECK_TEMPLATE),
          Map.entry(63018, "WhatsApp's rate limit for this sender was exceeded"),
          Map.entry(63049, "WhatsApp (Meta) chose not to deliver this message"),
          Map.entry(30003, "the recipient's phone is unreachable"),
          Map.entry(30005, "the recipient's number does not exist"),
          Map.entry(30006, "the recipient's number is a landline"),
          Map.entry(30007, "the message was filtered as spam"),
          Map.entry(30008, "the carrier reported an unknown error"));

  private TwilioErrors() {}

  static DeliveryFailure classify(TwilioException e) {
    if (!(e instanceof ApiException api) || (api.getStatusCode() == null && api.getCode() == null)) {
      return DeliveryFailure.unavailable(
          "WhatsApp message not sent yet: could not reach Twilio (" + e.getMessage() + ")", null, e);
    }
    int status = api.getStatusCode() == null ? 0 : api.getStatusCode();
    int code = api.getCode() == null ? 0 : api.getCode();
    if (status == 429 || code == 20429) {
      return DeliveryFailure.unavailable(
          "WhatsApp message not sent yet: Twilio is rate-limiting requests",
          TwilioHttpClient.lastRetryAfter(),
          e);
    }
    if (status >= 500) {
      return DeliveryFailure.unavailable(
          "WhatsApp message not sent yet: Twilio is unavailable (HTTP " + status + ")", null, e);
    }
    if (status == 401 || code == 20003) {
      return DeliveryFailure.rejected(
          NOT_SENT
              + "Twilio refused the credentials; check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN"
              + " (Twilio 20003)",
          e);
    }
    return DeliveryFailure.rejected(NOT_SENT + explain(api.getCode(), api.getMessage()), e);
  }

  /** Twilio can refuse a message in the very answer that creates it. */
  static void requireAccepted(Message message) {
    String status = message.getStatus() == null ? null : message.getStatus().toString();
    if (TwilioStatus.NOT_DELIVERED.contains(TwilioStatus.ledger(status))) {
      throw DeliveryFailure.rejected(
          NOT_SENT + explain(message.getErrorCode(), message.getErrorMessage()), null);
    }
  }

  /** Why Twilio or WhatsApp refused, with the code for support, e.g. "... (Twilio 21211)". */
  static String explain(Integer code, String twilioMessage) {
    String reason = code == null ? null : REASONS.get(code);
    if (reason == null) {
      reason =
          twilioMessage != null && !twilioMessage.isBlank()
              ? "Twilio refused it: " + twilioMessage
              : "Twilio reported an error";
    }
    return code == null ? reason : reason + " (Twilio " + code + ")";
  }
}
