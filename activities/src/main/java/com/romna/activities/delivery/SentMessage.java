package com.romna.activities.delivery;

import java.util.Map;

/**
 * What a sender handed to its provider, as recorded in the {@code deliveries} ledger.
 *
 * @param provider {@code local} for the local outbox, otherwise the provider's name
 * @param status the provider's first status: {@code delivered} for the outbox, {@code sent} or
 *     {@code queued} for a real provider
 * @param recipient address, number or {@code user:<id>} for the user's devices
 * @param content the message as sent (title, body, subject...), kept for the user to see
 */
public record SentMessage(
    String provider,
    String providerMessageId,
    String status,
    String recipient,
    Map<String, String> content) {}
