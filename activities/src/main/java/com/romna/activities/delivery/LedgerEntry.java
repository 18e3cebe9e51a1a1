package com.romna.activities.delivery;

import java.time.Instant;

/** A {@code deliveries} row as the delivery service needs it to decide whether to send. */
record LedgerEntry(String key, String status, String provider, String providerMessageId, Instant createdAt) {

  static final String SENDING = "sending";
  static final String FAILED = "failed";
  static final String GONE = "gone";

  /** Claimed, and the provider's answer never made it into the ledger: the outcome is unknown. */
  boolean inDoubt() {
    return SENDING.equals(status);
  }

  /** The provider has it (whatever it did with it since): never send it again. */
  boolean handedOver() {
    return !inDoubt() && !FAILED.equals(status) && !GONE.equals(status);
  }
}
