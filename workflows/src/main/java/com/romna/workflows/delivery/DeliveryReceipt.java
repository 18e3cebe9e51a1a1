package com.romna.workflows.delivery;

import java.util.UUID;

/**
 * What a delivery activity did.
 *
 * @param provider {@code local} for the local outbox, otherwise the provider's name
 * @param repeated true when the ledger already held this delivery (a retried activity) and nothing
 *     was sent again
 * @param receiptsExpected true when the provider will report the message's fate later (Twilio's
 *     status callbacks), so the workflow waits for a {@link ProviderReceipt}
 */
public record DeliveryReceipt(
    UUID deliveryId,
    String provider,
    String providerMessageId,
    boolean repeated,
    boolean receiptsExpected) {}
