package com.romna.workflows;

import static com.romna.workflows.PlanStatus.EXECUTED;
import static com.romna.workflows.PlanStatus.FAILED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A failed plan, started again by the user, delivers at once with fresh attempts. */
class RetryWorkflowTests extends WorkflowTest {

  @Test
  void aRetryDeliversAtOnceWithFreshAttemptsUnderTheSameApprovalAndKey() {
    ExecutionInput input = TestPlans.input(IntentType.EMAIL, plans.now(), Duration.ofMinutes(10));
    activities.deliveryFailure = () -> FakeActivities.rejected("the provider refused the sender");
    ExecutionWorkflow workflow = plans.start(input);
    workflow.admit(); // as the API does: the plan waits for its approval before it gets it
    workflow.approvePlan();
    assertThat(plans.result(workflow)).isEqualTo(FAILED);
    assertThat(activities.attempts).hasSize(1);
    activities.deliveryFailure = null;
    Instant asked = plans.now();

    ExecutionInput again = new ExecutionInput(input.planId(), input.userId(), input.intentType(),
        input.scheduledFor(), input.timezone(), input.approvalExpiresAt(), asked.minusSeconds(60),
        input.receiptWindow()).retried();
    assertThat(plans.result(plans.startAgain(again))).isEqualTo(EXECUTED);

    assertThat(activities.sent).singleElement().satisfies(s -> {
      assertThat(s.attempt()).isEqualTo(1); // fresh attempts
      assertThat(s.at()).isBetween(asked, asked.plusSeconds(5));
      assertThat(s.request().idempotencyKey()).isEqualTo("plan/" + input.planId() + "/email");
    });
    assertThat(activities.times).singleElement().satisfies(t -> {
      assertThat(t.again()).isTrue();
      assertThat(t.note()).startsWith("retry asked by the user");
    });
    // No second wait for approval: the approval the plan had still holds.
    assertThat(activities.statuses()).containsOnlyOnce(PlanStatus.WAITING_APPROVAL);
  }
}
