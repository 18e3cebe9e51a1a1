package com.romna.api.plans;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** A row of the {@code deliveries} ledger, as the user sees it (timed in the plan's zone). */
public record DeliveryRecord(
    UUID id,
    String channel,
    String provider,
    String status,
    String recipient,
    Map<String, Object> content,
    String providerMessageId,
    int attempts,
    String error,
    OffsetDateTime createdAt) {

  private static final int SHOWN_TOKEN_CHARS = 6;

  /**
   * A push recipient is a device token, which works as a credential for that device: show only
   * its end, as the devices API does. Addresses and numbers are the user's own draft and stay.
   */
  static String shown(String channel, String recipient) {
    boolean push = "notification".equals(channel) || "alarm".equals(channel);
    if (!push || recipient == null || recipient.startsWith("user:")
        || recipient.length() <= SHOWN_TOKEN_CHARS) {
      return recipient;
    }
    return "…" + recipient.substring(recipient.length() - SHOWN_TOKEN_CHARS);
  }
}
