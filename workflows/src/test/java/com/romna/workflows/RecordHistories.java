package com.romna.workflows;

import com.romna.workflows.delivery.ProviderReceipt;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Records the histories that {@link ReplayTests} replays: one per path through the workflow. Run it
 * once per released change of the workflow, and commit the new files beside the old ones (never
 * replace them: plans recorded by the old code may still be sleeping):
 * {@code mvn -pl workflows test -Dtest=RecordHistories -Dromna.recordHistories=<version-tag>}.
 */
@EnabledIfSystemProperty(named = "romna.recordHistories", matches = ".+")
class RecordHistories {

  @RegisterExtension
  static final TestWorkflowExtension testWorkflow =
      TestPlans.withSearchAttributes(TestWorkflowExtension.newBuilder())
          .registerWorkflowImplementationTypes(ExecutionWorkflowImpl.class)
          .setDoNotStart(true)
          .build();

  private TestWorkflowEnvironment env;
  private WorkflowClient client;
  private FakeActivities activities;
  private Plans plans;
  private final String tag = System.getProperty("romna.recordHistories");
  private Duration lead;
  private boolean snoozable;
  private Duration reminder; // the user's approval reminder lead, for drafts

  @Test
  void record(TestWorkflowEnvironment env, Worker worker, WorkflowClient client) throws Exception {
    this.env = env;
    this.client = client;
    this.activities = new FakeActivities(env);
    this.plans = new Plans(env, client, worker.getTaskQueue());
    worker.registerActivitiesImplementations(activities);
    env.start();

    save("reminder", IntentType.REMINDER, w -> w.admit());
    lead = Duration.ofSeconds(30);
    save("reminder-lead", IntentType.REMINDER, w -> w.admit());
    save("email-lead-approved-late", IntentType.EMAIL, w -> {
      env.sleep(Duration.ofHours(3));
      return w.approvePlan();
    });
    lead = null;
    save("email-approved", IntentType.EMAIL, w -> w.approvePlan());
    save("whatsapp-expired", IntentType.WHATSAPP, w -> w.admit());
    save("alarm-cancelled", IntentType.ALARM, w -> w.cancelPlan());
    save("reminder-temporal-cancel", IntentType.REMINDER, w -> {
      WorkflowStub.fromTyped(w).cancel();
      return null;
    });

    activities.deliveryFailure = () -> FakeActivities.unavailable("provider unavailable (HTTP 503)");
    activities.failures = 2;
    save("reminder-retried", IntentType.REMINDER, w -> w.admit());
    activities.failures = Integer.MAX_VALUE;
    save("reminder-cancel-in-backoff", IntentType.REMINDER, w -> {
      env.sleep(Duration.ofHours(2).plusMinutes(1));
      return w.cancelPlan();
    });
    activities.deliveryFailure = null;

    activities.holdAttempt = new CountDownLatch(1);
    save("reminder-cancel-while-sending", IntentType.REMINDER, w -> {
      env.sleep(Duration.ofHours(2));
      await(activities.attemptStarted);
      var answer = w.cancelPlan();
      activities.holdAttempt.countDown();
      return answer;
    });
    activities.holdAttempt = null;

    snoozable = true;
    save("reminder-rescheduled", IntentType.REMINDER, w -> {
      w.admit();
      return w.reschedule(TimeChange.to(plans.now().plus(Duration.ofHours(5))));
    });
    save("reminder-snoozed-after-firing", IntentType.REMINDER, w -> {
      env.sleep(Duration.ofHours(2).plusMinutes(1));
      return w.reschedule(TimeChange.snoozeFor(Duration.ofMinutes(10)));
    });
    snoozable = false;
    saveSeries("reminder-series-paused-skipped");

    save("email-edited-approved", IntentType.EMAIL, w -> {
      w.admit();
      w.edit(new DraftEdit(2, plans.now().plus(Duration.ofHours(3))));
      return w.approveVersion(new Approval(2));
    });
    save("whatsapp-stale-approval", IntentType.WHATSAPP, w -> {
      w.admit();
      w.edit(new DraftEdit(2, null));
      try {
        w.approveVersion(new Approval(1)); // rejected by the validator: leaves no event
      } catch (io.temporal.client.WorkflowUpdateException stale) {
        // expected
      }
      return w.approveVersion(new Approval(2));
    });

    reminder = Duration.ofHours(1);
    save("email-reminded-approved", IntentType.EMAIL, w -> {
      w.admit();
      env.sleep(Duration.ofDays(7).minusMinutes(30)); // past the reminder, before the expiry
      return w.approvePlan();
    });
    save("whatsapp-reminded-expired", IntentType.WHATSAPP, w -> w.admit());
    reminder = null;

    activities.receiptsExpected = true;
    save("whatsapp-undelivered-receipt", IntentType.WHATSAPP, w -> {
      w.approvePlan();
      env.sleep(Duration.ofHours(3));
      w.receipt(new ProviderReceipt("twilio", "SM1", "undelivered", false,
          "the recipient's phone is unreachable (Twilio 30003)"));
      return null;
    });
  }

  private void save(String name, IntentType type, Function<ExecutionWorkflow, Object> act) throws Exception {
    ExecutionInput input = TestPlans.withLead(TestPlans.input(type, plans.now(), Duration.ofHours(2)), lead);
    input = snoozable ? TestPlans.snoozable(input) : input;
    input = reminder != null ? TestPlans.reminded(input, reminder) : input;
    ExecutionWorkflow workflow = plans.start(input);
    act.apply(workflow);
    try {
      plans.result(workflow); // runs the plan to its end on skipped time
    } catch (RuntimeException cancelledFromTemporal) {
      // closed as Canceled: its history is what matters
    }
    String json = client.fetchHistory(ExecutionIds.workflowId(input.planId())).toJson(true);
    Path file = Path.of("src/test/resources/histories", name + "-" + tag + ".json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, json);
  }

  /** A daily series over continue-as-new, paused, resumed and skipped on the way. */
  private void saveSeries(String name) throws Exception {
    java.time.Instant first = plans.now().plus(Duration.ofHours(2));
    ExecutionInput input = new ExecutionInput(java.util.UUID.randomUUID(), "user-1", IntentType.REMINDER, first,
        "Asia/Riyadh", null, null, TestPlans.RECEIPT_WINDOW, TestPlans.SNOOZE_WINDOW, 0,
        new com.romna.workflows.series.Series("FREQ=DAILY;COUNT=14", first, false));
    ExecutionWorkflow workflow = plans.start(input);
    String firstRun = WorkflowStub.fromTyped(workflow).getExecution().getRunId();
    env.sleep(Duration.ofDays(1).plusHours(3));
    workflow.changeSeries(new com.romna.workflows.series.SeriesChange(com.romna.workflows.series.SeriesChange.Action.PAUSE));
    env.sleep(Duration.ofDays(2));
    workflow.changeSeries(new com.romna.workflows.series.SeriesChange(com.romna.workflows.series.SeriesChange.Action.RESUME));
    workflow.changeSeries(new com.romna.workflows.series.SeriesChange(com.romna.workflows.series.SeriesChange.Action.SKIP));
    plans.result(workflow);
    String json = client.fetchHistory(ExecutionIds.workflowId(input.planId()), firstRun).toJson(true);
    Path file = Path.of("src/test/resources/histories", name + "-" + tag + ".json");
    Files.writeString(file, json);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
