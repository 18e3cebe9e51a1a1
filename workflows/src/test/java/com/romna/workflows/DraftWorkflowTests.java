package com.romna.workflows;

import static com.romna.workflows.PlanStatus.EXECUTED;
import static com.romna.workflows.PlanStatus.SCHEDULED;
import static com.romna.workflows.PlanStatus.WAITING_APPROVAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowUpdateException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Drafts are versioned: an edit raises the version (and may move the time), an approval names the
 * version the user saw, and a stale approval is rejected before it reaches the history.
 */
class DraftWorkflowTests extends WorkflowTest {

  private ExecutionInput draft(IntentType type, Duration dueIn) {
    return TestPlans.input(type, plans.now(), dueIn);
  }

  @Test
  void approvingTheEditedVersionSendsThatVersionAtTheEditedTime() {
    ExecutionInput input = draft(IntentType.EMAIL, Duration.ofHours(2));
    ExecutionWorkflow workflow = plans.start(input);
    workflow.admit();
    Instant later = input.scheduledFor().plus(Duration.ofHours(1));

    PlanState edited = workflow.edit(new DraftEdit(2, later));
    assertThat(edited.status()).isEqualTo(WAITING_APPROVAL);
    assertThat(edited.scheduledFor()).isEqualTo(later);
    assertThat(activities.times).singleElement()
        .satisfies(t -> assertThat(t.note()).startsWith("draft edited (version 2); rescheduled to "));

    assertThat(workflow.approveVersion(new Approval(2)).status()).isEqualTo(SCHEDULED);
    assertThat(plans.result(workflow)).isEqualTo(EXECUTED);
    assertThat(activities.sent).singleElement().satisfies(s -> {
      assertThat(s.request().approvedVersion()).isEqualTo(2);
      assertThat(s.at()).isBetween(later, later.plusSeconds(5));
    });
  }

  @Test
  void aStaleApprovalIsRejectedAndLeavesNoEvent() {
    ExecutionInput input = draft(IntentType.WHATSAPP, Duration.ofHours(2));
    ExecutionWorkflow workflow = plans.start(input);
    workflow.admit();
    workflow.edit(new DraftEdit(2, null));
    long before = events(input);

    assertThatThrownBy(() -> workflow.approveVersion(new Approval(1)))
        .isInstanceOf(WorkflowUpdateException.class)
        .satisfies(e -> assertThat(rejection(e)).isEqualTo("DRAFT_CHANGED"));

    assertThat(events(input)).isEqualTo(before);
    assertThat(workflow.state().approved()).isFalse();
    assertThat(activities.statuses()).containsExactly(WAITING_APPROVAL);
  }

  @Test
  void anApprovedDraftCannotBeEditedAndKeepsItsVersion() {
    ExecutionInput input = draft(IntentType.EMAIL, Duration.ofHours(2));
    ExecutionWorkflow workflow = plans.start(input);
    workflow.admit();
    workflow.approveVersion(new Approval(1));
    long before = events(input);

    assertThatThrownBy(() -> workflow.edit(new DraftEdit(2, null)))
        .satisfies(e -> assertThat(rejection(e)).isEqualTo("NOT_A_DRAFT"));
    // Approving again the version that was approved is harmless; another version is not.
    assertThat(workflow.approveVersion(new Approval(1)).status()).isEqualTo(SCHEDULED);
    assertThatThrownBy(() -> workflow.approveVersion(new Approval(2)))
        .satisfies(e -> assertThat(rejection(e)).isEqualTo("DRAFT_CHANGED"));

    assertThat(plans.result(workflow)).isEqualTo(EXECUTED);
    assertThat(activities.sent).singleElement()
        .satisfies(s -> assertThat(s.request().approvedVersion()).isEqualTo(1));
    assertThat(before).isPositive();
  }

  @Test
  void editsOfAnOlderVersionOrToAPastTimeAreRejected() {
    ExecutionInput input = draft(IntentType.EMAIL, Duration.ofHours(2));
    ExecutionWorkflow workflow = plans.start(input);
    workflow.admit();
    workflow.edit(new DraftEdit(3, null));

    assertThatThrownBy(() -> workflow.edit(new DraftEdit(2, null)))
        .satisfies(e -> assertThat(rejection(e)).isEqualTo("DRAFT_CHANGED"));
    assertThatThrownBy(() -> workflow.edit(new DraftEdit(4, plans.now().minusSeconds(60))))
        .satisfies(e -> assertThat(rejection(e)).isEqualTo("TIME_NOT_AHEAD"));
    assertThat(workflow.edit(new DraftEdit(3, null)).status()).isEqualTo(WAITING_APPROVAL); // told again
    assertThat(activities.times).isEmpty();
  }

  @Test
  void aReminderHasNoDraftToEditOrApprove() {
    ExecutionInput input = draft(IntentType.REMINDER, Duration.ofHours(2));
    ExecutionWorkflow workflow = plans.start(input);
    workflow.admit();

    assertThatThrownBy(() -> workflow.edit(new DraftEdit(2, null)))
        .satisfies(e -> assertThat(rejection(e)).isEqualTo("NOT_A_DRAFT"));
    assertThatThrownBy(() -> workflow.approveVersion(new Approval(1)))
        .satisfies(e -> assertThat(rejection(e)).isEqualTo("NOT_A_DRAFT"));
  }

  private long events(ExecutionInput input) {
    return client.fetchHistory(ExecutionIds.workflowId(input.planId())).getEvents().stream()
        .filter(e -> e.getEventType() != EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED
            && e.getEventType() != EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED
            && e.getEventType() != EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED)
        .count();
  }

  private static String rejection(Throwable e) {
    return UpdateRejection.in(e).map(r -> r.type().name()).orElse(null);
  }
}
