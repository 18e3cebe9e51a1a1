package com.romna.api.plans;

import com.romna.api.devices.DeviceTokens;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * A row of the {@code deliveries} ledger, as the user sees it (timed in the plan's zone). {@code
 * purpose}: {@code plan} for the plan's own message, {@code approval_reminder} for the reminder to
 * approve its draft.
 */
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
    OffsetDateTime createdAt,
    String purpose) {

  /**
   * A push recipient is a device token, which works as a credential for that device: show only
   * its end, as the devices API does. Addresses and numbers are the user's own draft and stay.
   */
  static String shown(String channel, String recipient) {
    boolean push = "notification".equals(channel) || "alarm".equals(channel);
    if (!push || recipient == null || recipient.startsWith("user:")) {
      return recipient;
    }
    return DeviceTokens.masked(recipient);
  }
}
