package com.romna.workflows;

import static com.romna.workflows.PlanStatus.EXECUTED;
import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The workflow wakes a lead before the plan is due and hands the delivery over naming the due
 * instant; the worker holds it until then (activities module, {@code HeldSendsTests}).
 */
class DeliveryLeadTests extends WorkflowTest {

  private static final Duration LEAD = Duration.ofSeconds(30);

  @Test
  void deliveryIsHandedOverTheLeadBeforeItIsDueNamingTheDueInstant() {
    ExecutionInput input = TestPlans.withLead(
        TestPlans.input(IntentType.REMINDER, plans.now(), Duration.ofHours(2)), LEAD);

    assertThat(plans.result(plans.start(input))).isEqualTo(EXECUTED);

    assertThat(activities.sent).singleElement().satisfies(sent -> {
      assertThat(sent.request().sendAt()).isEqualTo(input.scheduledFor());
      assertThat(sent.at()).isBetween(input.scheduledFor().minus(LEAD),
          input.scheduledFor().minus(LEAD).plusSeconds(5));
    });
    // The held attempt may take the whole lead before its usual 30 s.
    assertThat(scheduledDelivery(input).getActivityTaskScheduledEventAttributes()
        .getStartToCloseTimeout().getSeconds()).isBetween(55L, 60L);
  }

  @Test
  void approvalAfterTheDueTimeSendsAtOnceWithoutHolding() {
    ExecutionInput input = TestPlans.withLead(
        TestPlans.input(IntentType.EMAIL, plans.now(), Duration.ofHours(1)), LEAD);
    ExecutionWorkflow workflow = plans.start(input);
    env.sleep(Duration.ofHours(2));

    workflow.approvePlan();

    assertThat(plans.result(workflow)).isEqualTo(EXECUTED);
    assertThat(activities.sent).singleElement()
        .satisfies(sent -> assertThat(sent.request().sendAt()).isNull());
  }

  @Test
  void withoutALeadThePlanWakesAtItsDueTime() {
    ExecutionInput input = TestPlans.input(IntentType.ALARM, plans.now(), Duration.ofHours(2));

    assertThat(plans.result(plans.start(input))).isEqualTo(EXECUTED);

    assertThat(activities.sent).singleElement().satisfies(sent -> {
      assertThat(sent.request().sendAt()).isNull();
      assertThat(sent.at()).isBetween(input.scheduledFor(), input.scheduledFor().plusSeconds(5));
    });
  }

  private HistoryEvent scheduledDelivery(ExecutionInput input) {
    return client.fetchHistory(ExecutionIds.workflowId(input.planId())).getEvents().stream()
        .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
        .findFirst()
        .orElseThrow();
  }
}
