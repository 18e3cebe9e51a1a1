package com.romna.api.faults;

import static com.romna.api.faults.FaultLedger.duplicates;
import static com.romna.api.faults.FaultLedger.lost;
import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.Api;
import com.romna.api.support.PlanRows;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import io.temporal.client.WorkflowClient;
import org.springframework.beans.factory.annotation.Autowired;

/** Faults of the parts the engine stands on: its worker, its database, its workflows. */
class OutageFaultTests extends FaultRig {

  @Autowired WorkflowClient client;

  @Test
  void workerCrashWhileAPlanSleeps() {
    String device = device();
    fcm.accepts(device);
    UUID planId = draft("remind me in 2 hours to take the bread out");

    env.sleep(Duration.ofHours(1));
    worker.stop(); // the process running the worker is gone while the plan sleeps on its timer
    assertThat(fcm.sentTo(device)).isEmpty();
    worker.start(); // a new worker, with none of the old one's state (nothing cached)
    env.sleep(Duration.ofHours(1).plusMinutes(5));

    awaitStatus(planId, "executed");
    assertThat(fcm.sentTo(device)).hasSize(1);
    FaultLedger.record("worker crash while a plan sleeps", lost(status(planId), "executed"),
        duplicates(fcm.sentTo(device).size()));
  }

  @Test
  void postgresUnreachableAtIntake() {
    DATABASE.cut();
    Api.Response refused;
    try {
      refused = decide("remind me in 1 hour to call the bank", "UTC", "Idempotency-Key", "k-" + UUID.randomUUID());
    } finally {
      restoreDatabase();
    }

    assertThat(refused.status()).isEqualTo(503);
    assertThat(refused.text("type")).isEqualTo("urn:romna:problem:storage-unavailable");
    assertThat(plansOfUser()).isZero();
    Api.Response again = decide("remind me in 1 hour to call the bank", "UTC");
    assertThat(again.status()).isEqualTo(201);
    awaitStatus(planId(again), "scheduled"); // the store is back: the next request makes its plan
    FaultLedger.record("PostgreSQL unreachable at intake", lost(status(planId(again)), "scheduled"), 0);
  }

  @Test
  void postgresUnreachableAtDelivery() {
    String device = device();
    fcm.accepts(device);
    UUID planId = draft("remind me in 10 minutes to check the laundry");
    env.sleep(Duration.ofMinutes(9));

    DATABASE.cut();
    try {
      env.sleep(Duration.ofMinutes(3)); // due: the delivery cannot read its plan and keeps trying
      assertThat(fcm.sentTo(device)).isEmpty();
    } finally {
      restoreDatabase();
    }
    env.sleep(Duration.ofMinutes(10));

    awaitStatus(planId, "executed");
    assertThat(fcm.sentTo(device)).hasSize(1);
    FaultLedger.record("PostgreSQL unreachable at delivery", lost(status(planId), "executed"),
        duplicates(fcm.sentTo(device).size()));
  }

  @Test
  void reDriveOfAPlanWhoseWorkflowIsGone() {
    String device = device();
    fcm.accepts(device);
    UUID terminated = draft("remind me in 10 minutes to feed the cat");
    client.newUntypedWorkflowStub("plan-" + terminated).terminate("an operator terminated it");
    UUID neverStarted = PlanRows.reminderWithoutAWorkflow(jdbc, user, now().minus(Duration.ofMinutes(2)));

    env.sleep(Duration.ofMinutes(12)); // both are overdue now: the re-drive notices within seconds

    awaitStatus(terminated, "executed");
    awaitStatus(neverStarted, "executed");
    assertThat(fcm.sentTo(device)).hasSize(2);
    FaultLedger.record("re-drive of a plan whose workflow is gone",
        lost(status(terminated), "executed") + lost(status(neverStarted), "executed"),
        duplicates(fcm.sentTo(device).size() - 1));
  }


}
