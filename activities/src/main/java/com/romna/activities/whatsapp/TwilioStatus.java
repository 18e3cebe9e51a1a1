package com.romna.activities.whatsapp;

import com.twilio.rest.api.v2010.account.Message;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Twilio's message statuses as the {@code deliveries} ledger keeps them. Callbacks can arrive out
 * of order (a late {@code sent} after {@code delivered}), so each status has a rank and a row only
 * ever moves up.
 */
final class TwilioStatus {

  /** The statuses that mean the message will never reach the recipient. */
  static final Set<String> NOT_DELIVERED = Set.of("failed", "undelivered", "canceled");

  /** The statuses that mean it did. */
  static final Set<String> DELIVERED = Set.of("delivered", "read");

  private static final Map<String, Integer> RANK =
      Map.of(
          "accepted", 1,
          "scheduled", 1,
          "queued", 1,
          "sent", 2,
          "delivered", 3,
          "read", 4,
          "failed", 5,
          "undelivered", 5,
          "canceled", 5);

  private TwilioStatus() {}

  /**
   * The status to store, or null for one the ledger does not track (inbound statuses). Twilio's
   * {@code sending} is stored as {@code queued}: in the ledger, {@code sending} means "claimed,
   * outcome unknown", which would make a retry look the message up again.
   */
  static String ledger(String twilioStatus) {
    if (twilioStatus == null) {
      return null;
    }
    String status = twilioStatus.strip().toLowerCase(Locale.ROOT);
    if (status.equals("sending")) {
      return "queued";
    }
    return RANK.containsKey(status) ? status : null;
  }

  static String ledgerStatus(Message.Status status) {
    String stored = status == null ? null : ledger(status.toString());
    return stored == null ? "queued" : stored;
  }

  static int rank(String ledgerStatus) {
    return RANK.getOrDefault(ledgerStatus, 0);
  }

  /** The rank of the {@code status} column, for SQL guards (unknown statuses rank lowest). */
  static String sqlRank(String column) {
    return RANK.entrySet().stream()
        .map(e -> "WHEN '" + e.getKey() + "' THEN " + e.getValue())
        .sorted()
        .collect(Collectors.joining(" ", "(CASE " + column + " ", " ELSE 0 END)"));
  }
}
