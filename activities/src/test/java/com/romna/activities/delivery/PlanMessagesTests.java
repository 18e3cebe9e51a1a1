package com.romna.activities.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.romna.activities.TestDatabase;
import com.romna.workflows.ExecutionType;
import com.romna.workflows.FailureType;
import com.romna.workflows.delivery.DeliveryRequest;
import io.temporal.failure.ApplicationFailure;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The delivery reads the draft the user approved, or sends nothing. */
class PlanMessagesTests {

  private final PlanMessages messages = new PlanMessages(TestDatabase.jdbc());
  private final UUID planId = TestDatabase.insertPlan("u-" + UUID.randomUUID(), "email",
      "{\"to\":\"sara@example.com\",\"subject\":\"v2\",\"body\":\"edited\"}", Instant.now());

  private DeliveryRequest approved(Integer version) {
    return new DeliveryRequest(planId, ExecutionType.EMAIL, null, version);
  }

  @Test
  void aDraftEditedAfterItsApprovalIsNotSentAndNotRetried() {
    TestDatabase.jdbc().update("UPDATE execution_plans SET version = 2 WHERE id = :id", Map.of("id", planId));

    assertThatThrownBy(() -> messages.load(approved(1)))
        .isInstanceOfSatisfying(ApplicationFailure.class, e -> {
          assertThat(e.getType()).isEqualTo(FailureType.DRAFT_CHANGED.name());
          assertThat(e.isNonRetryable()).isTrue();
          assertThat(e.getOriginalMessage()).contains("version 1").contains("nothing was sent");
        });
    assertThat(messages.load(approved(2)).delivery().payload().body()).isEqualTo("edited");
  }

  @Test
  void aPlanWithoutApprovalIsNotChecked() {
    TestDatabase.jdbc().update("UPDATE execution_plans SET version = 3 WHERE id = :id", Map.of("id", planId));

    assertThat(messages.load(approved(null)).version()).isEqualTo(3);
  }
}
