package com.romna.workflows.delivery;

import java.util.Map;

/**
 * Providers' signed status callbacks. The api module receives the HTTP request; the implementation
 * lives beside the provider SDK (activities), which is the only place allowed to know how a
 * provider signs its requests. This contract is what lets the two meet without the api ever
 * seeing a provider class.
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
   * A Twilio message status callback ({@code MessageSid}, {@code MessageStatus}, {@code
   * ErrorCode}...).
   *
   * @param url the full public URL Twilio called (what it signed)
   * @param params the form parameters as received
   * @param signature the {@code X-Twilio-Signature} header, may be null
   */
  Outcome twilioStatus(String url, Map<String, String> params, String signature);
}
