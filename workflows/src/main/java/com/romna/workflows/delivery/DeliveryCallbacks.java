package com.romna.workflows.delivery;

import java.util.Map;
import java.util.UUID;

/**
 * Providers' signed status callbacks. The api module receives the HTTP request; the implementation
 * lives beside the provider SDK (activities), which is the only place allowed to know how a
 * provider signs its requests. It keeps the delivery row up to date; the plan itself is the
 * workflow's business, so a final status comes back as a {@link ProviderReceipt} for the api to
 * signal to the plan's workflow.
 */
public interface DeliveryCallbacks {

  enum Outcome {
    /** The signature held and the delivery row now shows the provider's status. */
    UPDATED,
    /** The signature held but no delivery has this provider message id. */
    UNKNOWN_MESSAGE,
    /** The request was not signed by the provider: nothing was changed. */
    BAD_SIGNATURE,
    /** The provider is not configured here. */
    NOT_CONFIGURED
  }

  /**
   * @param planId the plan the message belongs to (with {@link Outcome#UPDATED})
   * @param receipt the final word to signal to the plan's workflow; null when the status is not
   *     final (queued, sent) or the outcome is not {@link Outcome#UPDATED}
   */
  record Result(Outcome outcome, UUID planId, ProviderReceipt receipt) {

    public static Result of(Outcome outcome) {
      return new Result(outcome, null, null);
    }
  }

  /**
   * A Twilio message status callback ({@code MessageSid}, {@code MessageStatus}, {@code
   * ErrorCode}...).
   *
   * @param url the full public URL Twilio called (what it signed)
   * @param params the form parameters as received
   * @param signature the {@code X-Twilio-Signature} header, may be null
   */
  Result twilioStatus(String url, Map<String, String> params, String signature);
}
