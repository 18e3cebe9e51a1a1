package com.romna.workflows.delivery;

/**
 * A provider's final word on a message it accepted (e.g. Twilio's {@code delivered} or {@code
 * undelivered} status callback), as a signal to the plan's workflow. No content: a status, an id
 * and a reason in words.
 *
 * @param status the delivery row's status ({@code delivered}, {@code read}, {@code failed}, ...)
 * @param delivered true when the message reached the recipient, false when it never will
 * @param reason why it was not delivered (what the user reads as the plan's last error); null when
 *     delivered
 */
public record ProviderReceipt(
    String provider, String providerMessageId, String status, boolean delivered, String reason) {}
