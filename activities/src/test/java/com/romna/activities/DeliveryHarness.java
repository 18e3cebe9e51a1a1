package com.romna.activities;

import com.romna.activities.delivery.AlarmActivitiesImpl;
import com.romna.activities.delivery.ApprovalReminders;
import com.romna.activities.delivery.CancelFence;
import com.romna.activities.delivery.DeliveryLedger;
import com.romna.activities.delivery.DeliveryMetrics;
import com.romna.activities.delivery.DeliveryService;
import com.romna.activities.delivery.DeliverySettings;
import com.romna.activities.delivery.HeldSends;
import com.romna.activities.delivery.EmailActivitiesImpl;
import com.romna.activities.delivery.EmailSender;
import com.romna.activities.delivery.LocalOutbox;
import com.romna.activities.delivery.NotificationActivitiesImpl;
import com.romna.activities.delivery.PlanMessages;
import com.romna.activities.delivery.PushSender;
import com.romna.activities.delivery.WhatsAppActivitiesImpl;
import com.romna.activities.delivery.WhatsAppSender;
import com.romna.activities.plan.PlanActivitiesImpl;
import com.romna.activities.plan.PlanRecorder;
import com.romna.workflows.CancelOutcome;
import com.romna.workflows.ExecutionIds;
import com.romna.workflows.ExecutionInput;
import com.romna.workflows.ExecutionWorkflow;
import com.romna.workflows.ExecutionWorkflowImpl;
import com.romna.workflows.IntentType;
import com.romna.workflows.PlanPayload;
import com.romna.workflows.PlanStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import com.romna.workflows.PlanSearchAttributes;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The real workflow and real activities (Postgres ledger and status recording) on Temporal's
 * time-skipping test server, with the senders a test chooses. Everything not chosen is the local
 * outbox. Runs a plan to its end exactly as production would, retries included.
 */
public final class DeliveryHarness implements AutoCloseable {

  private final TestWorkflowEnvironment env;
  private final HeldSends held;
  private final String taskQueue = ExecutionIds.TASK_QUEUE + "-" + UUID.randomUUID();

  public DeliveryHarness(PushSender push, EmailSender email, WhatsAppSender whatsApp) {
    this(push, email, whatsApp, Duration.ZERO);
  }

  /**
   * Local outbox only; the workflow task that raises a plan's cancel fence takes {@code pause}
   * longer after the fence is committed (a loaded machine), so an attempt the fence stops can
   * finish while that task, and the cancel of the attempt it carries, is still running.
   */
  public static DeliveryHarness withSlowCancelTasks(Duration pause) {
    return new DeliveryHarness(null, null, null, pause);
  }

  private DeliveryHarness(PushSender push, EmailSender email, WhatsAppSender whatsApp,
      Duration cancelTaskPause) {
    env = newEnvironment();
    Clock clock = Clock.systemUTC();
    NamedParameterJdbcTemplate jdbc = TestDatabase.jdbc();
    PlanRecorder recorder = new PlanRecorder(jdbc, clock);
    DeliveryLedger ledger = new DeliveryLedger(jdbc, recorder, clock);
    CancelFence fence = new CancelFence(jdbc, TestDatabase.transactions(), recorder, ledger, clock) {
      @Override
      public CancelOutcome stop(UUID planId, String note) {
        CancelOutcome outcome = super.stop(planId, note);
        pause(cancelTaskPause);
        return outcome;
      }
    };
    // Held sends follow the test server's clock, which stands still while an activity is open.
    Clock serverClock = new Clock() {
      @Override public java.time.ZoneId getZone() { return java.time.ZoneOffset.UTC; }
      @Override public Clock withZone(java.time.ZoneId zone) { return this; }
      @Override public Instant instant() { return Instant.ofEpochMilli(env.currentTimeMillis()); }
    };
    held = new HeldSends(env.getWorkflowClient().newActivityCompletionClient(), ledger, serverClock,
        DeliverySettings.defaults());
    DeliveryService deliveries =
        new DeliveryService(new PlanMessages(jdbc), ledger, DeliveryMetrics.none(), held);
    PushSender pushSender = push != null ? push : new LocalOutbox.Push();
    Worker worker = env.newWorker(taskQueue);
    worker.registerWorkflowImplementationTypes(ExecutionWorkflowImpl.class);
    worker.registerActivitiesImplementations(
        new PlanActivitiesImpl(recorder, fence),
        new NotificationActivitiesImpl(
            deliveries, new ApprovalReminders(new PlanMessages(jdbc), deliveries), pushSender),
        new AlarmActivitiesImpl(deliveries, pushSender),
        new EmailActivitiesImpl(deliveries, email != null ? email : new LocalOutbox.Email()),
        new WhatsAppActivitiesImpl(
            deliveries, whatsApp != null ? whatsApp : new LocalOutbox.WhatsApp()));
    env.start();
  }

  /**
   * Inserts the plan (already approved when it needs approval), runs its workflow to the end on
   * skipped time, and returns the final status.
   */
  public PlanStatus run(String userId, IntentType type, PlanPayload payload, String payloadJson, String locale) {
    UUID planId = TestDatabase.insertPlan(userId, type.wire(), payloadJson, Instant.now());
    return run(planId, userId, type, payload, locale);
  }

  /**
   * Runs the plan's workflow to its end, its row first given this payload and locale (the
   * delivery activity reads them from there).
   */
  public PlanStatus run(UUID planId, String userId, IntentType type, PlanPayload payload, String locale) {
    TestDatabase.setMessage(planId, payload, locale);
    Instant now = Instant.ofEpochMilli(env.currentTimeMillis());
    return WorkflowStub.fromTyped(start(input(planId, userId, type, now.plus(Duration.ofMinutes(1)))))
        .getResult(PlanStatus.class);
  }

  /** A workflow input as the API builds it: an approval plan counts as approved already. */
  public static ExecutionInput input(UUID planId, String userId, IntentType type, Instant due) {
    return new ExecutionInput(
        planId, userId, type, due, "UTC",
        type.requiresApproval() ? due.plus(Duration.ofDays(7)) : null,
        type.requiresApproval() ? due.minus(Duration.ofMinutes(1)) : null,
        Duration.ofHours(24));
  }

  /** Starts the plan's workflow without waiting for it. */
  public ExecutionWorkflow start(ExecutionInput input) {
    ExecutionWorkflow workflow =
        env.getWorkflowClient()
            .newWorkflowStub(
                ExecutionWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setWorkflowId(ExecutionIds.workflowId(input.planId()))
                    .setTaskQueue(taskQueue)
                    .build());
    WorkflowClient.start(workflow::execute, input);
    return workflow;
  }

  private static void pause(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static TestWorkflowEnvironment newEnvironment() {
    TestEnvironmentOptions.Builder options = TestEnvironmentOptions.newBuilder();
    PlanSearchAttributes.indexedTypes().forEach(options::registerSearchAttribute);
    return TestWorkflowEnvironment.newInstance(options.build());
  }

  public TestWorkflowEnvironment env() {
    return env;
  }

  /** The deliveries the worker holds until their due instant. */
  public HeldSends held() {
    return held;
  }

  @Override
  public void close() {
    env.close();
    held.close();
  }
}
