package com.romna.activities.whatsapp;

import com.romna.activities.delivery.WhatsAppSender;
import com.romna.workflows.delivery.DeliveryCallbacks;
import java.time.Clock;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * For tests of other modules: the production Twilio classes (package-private) wired as {@code
 * TwilioConfiguration} wires them, except that the SDK talks to a {@link FakeTwilio}.
 */
public final class TwilioFakes {

  private TwilioFakes() {}

  /**
   * The real sender, free-form, asking for status callbacks at the URL production derives from
   * {@code romna.public-base-url} (null: no callbacks).
   */
  public static WhatsAppSender sender(FakeTwilio twilio, String publicBaseUrl) {
    return twilio.sender(null, TwilioConfiguration.statusCallback(publicBaseUrl));
  }

  /** The real status-callback handler, checking signatures with the fake's auth token. */
  public static DeliveryCallbacks callbacks(NamedParameterJdbcTemplate jdbc, Clock clock) {
    return new TwilioStatusCallbacks(FakeTwilio.AUTH_TOKEN, jdbc, clock);
  }
}
