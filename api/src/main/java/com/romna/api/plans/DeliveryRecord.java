package com.romna.api.plans;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A row of the {@code deliveries} ledger, as the user sees it. */
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
    Instant createdAt) {}
