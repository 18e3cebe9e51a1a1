package com.romna.workflows;

import io.temporal.testing.TestWorkflowExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Plan inputs as the API would build them, due {@code dueIn} after {@code now}. */
final class TestPlans {

  private TestPlans() {}

  /** The test server starts empty: plans need ROMNA's search attributes registered. */
  static TestWorkflowExtension.Builder withSearchAttributes(TestWorkflowExtension.Builder builder) {
    PlanSearchAttributes.indexedTypes().forEach(builder::registerSearchAttribute);
    return builder;
  }

  static ExecutionInput input(IntentType type, Instant now, Duration dueIn) {
    PlanPayload payload =
        switch (type) {
          case REMINDER -> PlanPayload.reminder("medicine");
          case ALARM -> PlanPayload.alarm("wake up");
          case EMAIL -> PlanPayload.email("john@example.com", "meeting", "meeting tomorrow");
          case WHATSAPP -> PlanPayload.whatsApp("+966501234567", "I'll be late");
        };
    Instant expiry = type.requiresApproval() ? now.plus(Duration.ofDays(7)) : null;
    return new ExecutionInput(
        UUID.randomUUID(), "user-1", type, now.plus(dueIn), "Asia/Riyadh", expiry, false, payload,
        "en");
  }
}
