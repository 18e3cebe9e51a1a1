package com.romna.activities.delivery;

import java.time.Instant;
import java.util.Set;

/** A {@code deliveries} row as the delivery service needs it to decide whether to send. */
record LedgerEntry(String key, String status, String provider, String providerMessageId, Instant createdAt) {

  /** Claimed by an attempt that has not finished (or whose worker died): outcome unknown. */
  static final String SENDING = "sending";
  /** The last attempt ended without the provider's answer (5xx, timeout): outcome unknown. */
  static final String UNCONFIRMED = "unconfirmed";
  static final String FAILED = "failed";
  static final String GONE = "gone";

  private static final Set<String> NOT_HANDED_OVER = Set.of(SENDING, UNCONFIRMED, FAILED, GONE);

  /** Whether the provider may hold the message although the ledger cannot say so. */
  boolean inDoubt() {
    return SENDING.equals(status) || UNCONFIRMED.equals(status);
  }

  /** The provider has it (whatever it did with it since): never send it again. */
  boolean handedOver() {
    return handedOver(status);
  }

  static boolean handedOver(String status) {
    return !NOT_HANDED_OVER.contains(status);
  }
}
