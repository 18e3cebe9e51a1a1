package com.romna.activities.email;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code romna.email.*}: Resend's API key ({@code RESEND_API_KEY}) and the sender address ({@code
 * ROMNA_EMAIL_FROM}). Without a key, email goes to the local outbox.
 */
@ConfigurationProperties("romna.email")
record EmailProperties(String resendApiKey, String from) {

  // A record prints every component; the key must never reach a log.
  @Override
  public String toString() {
    return "EmailProperties[resendApiKey="
        + (hasText(resendApiKey) ? "****" : "")
        + ", from="
        + from
        + "]";
  }

  static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}
