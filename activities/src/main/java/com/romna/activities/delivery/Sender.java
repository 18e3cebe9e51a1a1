package com.romna.activities.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One provider channel behind {@link DeliveryService}, which owns the ledger: a sender only talks
 * to its provider. Failures are {@link DeliveryFailure}s so that each provider's errors map to the
 * same retry decisions.
 */
public interface Sender {

  /** {@code local} for the outbox, otherwise the provider's name as stored in {@code deliveries}. */
  String provider();

  /** Where the delivery goes: the draft's address by default; push senders list the user's devices. */
  default List<String> recipients(Delivery delivery) {
    return List.of(delivery.payload().to());
  }

  /** True when each recipient is a separate send with its own ledger row (one push per device). */
  default boolean sendsPerRecipient() {
    return false;
  }

  /**
   * Sends to one recipient.
   *
   * @param idempotencyKey derived from the plan, the same on every retry; pass it on to providers
   *     that deduplicate by key
   */
  SentMessage send(Delivery delivery, String recipient, String idempotencyKey);

  /**
   * After an attempt whose outcome is unknown (the activity died between the provider's answer
   * and the ledger write), the message the provider already holds, if it can tell. Providers with
   * idempotency keys need not implement this: resending with the same key is harmless.
   */
  default Optional<SentMessage> findEarlier(Delivery delivery, String recipient, Instant since) {
    return Optional.empty();
  }

  /** The provider said this recipient no longer exists (e.g. an unregistered device). */
  default void forget(Delivery delivery, String recipient) {}

  /** True when the provider reports each message's fate later (status callbacks). */
  default boolean reportsReceipts() {
    return false;
  }
}
