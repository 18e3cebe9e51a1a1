package com.romna.activities;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.workflows.IntentType;
import com.romna.workflows.PlanPayload;
import com.romna.workflows.PlanStatus;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeliveryHarnessTests {

  @Test
  void reminderThroughTheOutboxIsExecutedWithOneDeliveryRow() {
    try (DeliveryHarness harness = new DeliveryHarness(null, null, null)) {
      UUID planId = TestDatabase.insertPlan("u-1", "reminder", "{\"title\":\"medicine\"}", java.time.Instant.now());

      PlanStatus status =
          harness.run(planId, "u-1", IntentType.REMINDER, PlanPayload.reminder("medicine"), "en");

      assertThat(status).isEqualTo(PlanStatus.EXECUTED);
      assertThat(TestDatabase.planStatus(planId)).isEqualTo("executed");
      assertThat(TestDatabase.deliveryRows(planId)).isEqualTo(1);
    }
  }
}
