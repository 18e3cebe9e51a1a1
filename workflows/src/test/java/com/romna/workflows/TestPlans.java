package com.romna.workflows;

import io.temporal.testing.TestWorkflowExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Plan inputs as the API would build them, due {@code dueIn} after {@code now}. */
final class TestPlans {

  static final Duration RECEIPT_WINDOW = Duration.ofHours(24);

  private TestPlans() {}

  /** The test server starts empty: plans need ROMNA's search attributes registered. */
  static TestWorkflowExtension.Builder withSearchAttributes(TestWorkflowExtension.Builder builder) {
    PlanSearchAttributes.indexedTypes().forEach(builder::registerSearchAttribute);
    return builder;
  }

  /** The same plan, its workflow waking {@code lead} before it is due. */
  static ExecutionInput withLead(ExecutionInput input, Duration lead) {
    return new ExecutionInput(input.planId(), input.userId(), input.intentType(),
        input.scheduledFor(), input.timezone(), input.approvalExpiresAt(), input.approvedAt(),
        input.receiptWindow(), input.snoozeWindow(), input.rings(), input.series(), input.retry(),
        input.draftVersion(), input.approvalReminder(), lead);
  }

  static final Duration SNOOZE_WINDOW = Duration.ofMinutes(30);

  /** As the API starts plans now: a fired reminder or alarm can be snoozed for a while. */
  static ExecutionInput snoozable(ExecutionInput in) {
    return new ExecutionInput(in.planId(), in.userId(), in.intentType(), in.scheduledFor(), in.timezone(),
        in.approvalExpiresAt(), in.approvedAt(), in.receiptWindow(), SNOOZE_WINDOW, 0, in.series(), in.retry(), in.draftVersion(),
        in.approvalReminder(), in.deliveryLead());
  }

  /** As the API starts drafts now: the user's approval reminder, read at intake. */
  static ExecutionInput reminded(ExecutionInput in, Duration lead) {
    return new ExecutionInput(in.planId(), in.userId(), in.intentType(), in.scheduledFor(), in.timezone(),
        in.approvalExpiresAt(), in.approvedAt(), in.receiptWindow(), in.snoozeWindow(), in.rings(),
        in.series(), in.retry(), in.draftVersion(), lead, in.deliveryLead());
  }

  static ExecutionInput input(IntentType type, Instant now, Duration dueIn) {
    Instant expiry = type.requiresApproval() ? now.plus(Duration.ofDays(7)) : null;
    return new ExecutionInput(
        UUID.randomUUID(), "user-1", type, now.plus(dueIn), "Asia/Riyadh", expiry, null,
        RECEIPT_WINDOW);
  }
}
