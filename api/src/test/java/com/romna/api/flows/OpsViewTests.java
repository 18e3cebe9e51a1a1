package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.romna.api.support.Api;
import com.romna.api.support.EngineTest;
import com.romna.workflows.PlanSearchAttributes;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.sdk.v1.WorkflowMetadata;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowStub;
import io.temporal.common.converter.DefaultDataConverter;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What ops see of a plan in the Temporal Web UI, stage by stage (read as the UI reads it). */
class OpsViewTests extends EngineTest {

  @Autowired WorkflowClient client;

  private WorkflowStub workflow(UUID planId) {
    return client.newUntypedWorkflowStub("plan-" + planId);
  }

  private WorkflowExecutionDescription describe(UUID planId) {
    return workflow(planId).describe();
  }

  private String currentDetails(UUID planId) {
    return workflow(planId)
        .query(WorkflowClient.QUERY_TYPE_WORKFLOW_METADATA, WorkflowMetadata.class)
        .getCurrentDetails();
  }

  private String planStatusAttribute(UUID planId) {
    return describe(planId).getTypedSearchAttributes().get(PlanSearchAttributes.STATUS);
  }

  @Test
  void reminderCarriesItsSearchAttributesSummaryAndDetailsThroughEveryStage() {
    Api.Response created = decide("remind me in 30 minutes to call mom", "Asia/Riyadh");
    UUID planId = planId(created);
    OffsetDateTime due = OffsetDateTime.parse(created.text("scheduledFor"));

    WorkflowExecutionDescription scheduled = describe(planId);
    var attributes = scheduled.getTypedSearchAttributes();
    assertThat(attributes.get(PlanSearchAttributes.USER_ID)).isEqualTo(user);
    assertThat(attributes.get(PlanSearchAttributes.INTENT)).isEqualTo("reminder");
    assertThat(attributes.get(PlanSearchAttributes.STATUS)).isEqualTo("scheduled");
    assertThat(attributes.get(PlanSearchAttributes.SCHEDULED_FOR).toInstant()).isEqualTo(due.toInstant());
    String local = due.toLocalDateTime().toString().replace('T', ' ').substring(0, 16);
    assertThat(scheduled.getStaticSummary()).isEqualTo("reminder · call mom · " + local + " Asia/Riyadh");
    assertThat(scheduled.getStaticDetails())
        .contains("**plan** " + planId, "**intent** reminder", local + " Asia/Riyadh");
    assertThat(currentDetails(planId)).isEqualTo("scheduled: scheduled for " + local + " Asia/Riyadh");

    env.sleep(Duration.ofMinutes(31));
    awaitStatus(planId, "executed");
    await().atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(planStatusAttribute(planId)).isEqualTo("executed"));
    assertThat(activitySummaries(planId))
        .containsExactly("record scheduled", "deliver notification (up to 20 attempts)");
  }

  /** The summaries the Web UI shows on the plan's activities (local ones too), in history order. */
  private java.util.List<String> activitySummaries(UUID planId) {
    return client.fetchHistory("plan-" + planId).getHistory().getEventsList().stream()
        .filter(e -> e.getEventType() == EventType.EVENT_TYPE_MARKER_RECORDED
            || e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
        .filter(e -> e.hasUserMetadata() && e.getUserMetadata().hasSummary())
        .map(e -> DefaultDataConverter.STANDARD_INSTANCE.fromPayload(
            e.getUserMetadata().getSummary(), String.class, String.class))
        .toList();
  }

  @Test
  void draftShowsAMaskedRecipientAndWaitsForApprovalInItsDetails() {
    UUID planId = planId(decide("Send email to john@example.com about the audit", "UTC"));

    WorkflowExecutionDescription waiting = describe(planId);
    assertThat(waiting.getTypedSearchAttributes().get(PlanSearchAttributes.STATUS))
        .isEqualTo("waiting_approval");
    assertThat(waiting.getTypedSearchAttributes().get(PlanSearchAttributes.INTENT)).isEqualTo("email");
    assertThat(waiting.getStaticSummary()).startsWith("email · to j***@example.com · ");
    assertThat(waiting.getStaticDetails()).contains("**recipient** j***@example.com", "**approval expires**");
    assertThat(waiting.getStaticSummary() + waiting.getStaticDetails()).doesNotContain("audit", "john@");
    assertThat(currentDetails(planId)).startsWith("waiting_approval: waiting for approval until ");

    api.post("/api/plans/" + planId + "/cancel", token, "");
    await().atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(planStatusAttribute(planId)).isEqualTo("cancelled"));
  }

  @Test
  void aRetriedDeliveryShowsAsAPendingActivityWithItsAttemptAndLastError() {
    Api.Response created = decide("remind me in 10 minutes to check the oven", "UTC");
    UUID planId = planId(created);
    push.failOnceFor(planId); // with a Retry-After of a minute

    // Just past the due time: the first try fails; time is locked while the test looks.
    env.sleep(
        Duration.between(now(), OffsetDateTime.parse(created.text("scheduledFor")).toInstant())
            .plusMillis(300));

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(describe(planId).getRawDescription().getPendingActivitiesList())
            .singleElement()
            .satisfies(activity -> {
              assertThat(activity.getActivityType().getName()).isEqualTo("SendNotification");
              assertThat(activity.getAttempt()).isEqualTo(2);
              assertThat(activity.getLastFailure().getMessage())
                  .isEqualTo("push provider unavailable (simulated)");
            }));
    env.sleep(Duration.ofMinutes(2));
    awaitStatus(planId, "executed");
    assertThat(deliveries(planId)).isEqualTo(1);
  }
}
