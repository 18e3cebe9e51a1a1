package com.romna.workflows.delivery;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

@ActivityInterface
public interface NotificationActivities {

  /**
   * Delivers a push notification with the reminder's title to the user's devices, read from the plan's row, and records the plan as {@code executed} (status,
   * {@code executed_at}, attempts, a {@code plan_events} row) together with the {@code deliveries}
   * row.
   *
   * <p>A regular activity under the retry policy of {@code DeliveryPolicy}. Idempotent by {@link
   * DeliveryRequest#idempotencyKey()}: a retry after a delivery that succeeded returns the earlier
   * receipt and sends nothing. Sends nothing once the plan's cancel fence is up ({@code
   * PLAN_CANCELLED}); failures the provider will never accept are non-retryable {@code
   * DELIVERY_REJECTED}; a provider's Retry-After comes back as the failure's next retry delay.
   */
  @ActivityMethod(name = "SendNotification")
  DeliveryReceipt sendNotification(DeliveryRequest request);

  /**
   * Reminds the user that an email/WhatsApp draft still waits for their approval and expires at
   * {@link ApprovalReminderRequest#expiresAt()}: a push notification to their devices (the local
   * outbox without FCM credentials) in their language, with the draft's title and the expiry in
   * their zone, read from the plan's row. Recorded as a {@code deliveries} row of purpose {@code
   * approval_reminder}; it never changes the plan's status and never sends the draft itself.
   *
   * <p>A regular activity under the retry policy of {@code DeliveryPolicy}. Idempotent by {@link
   * ApprovalReminderRequest#idempotencyKey()}: a retry (or a re-driven workflow) after a reminder
   * that reached the user returns the earlier receipt, marked repeated, and sends nothing. A draft
   * that is no longer waiting (approved, cancelled, expired) or whose cancel fence is up is not
   * reminded: non-retryable {@code PLAN_CANCELLED}; no device registered: non-retryable {@code
   * DELIVERY_REJECTED}.
   */
  @ActivityMethod(name = "SendApprovalReminder")
  DeliveryReceipt sendApprovalReminder(ApprovalReminderRequest request);
}
