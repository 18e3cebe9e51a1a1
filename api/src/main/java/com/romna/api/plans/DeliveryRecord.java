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
    OffsetDateTime createdAt) {}
