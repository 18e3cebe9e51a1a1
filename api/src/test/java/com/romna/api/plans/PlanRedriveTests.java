package com.romna.api.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.EngineTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The re-drive runs in one instance at a time and starts only what is missing. */
class PlanRedriveTests extends EngineTest {

  @Autowired PlanRedrive redrive;
  @Autowired PlanStore store;
  @Autowired DataSource dataSource;

  @Test
  void anotherInstanceHoldingTheLockMakesThisOneSkipItsTurn() throws Exception {
    try (Connection other = dataSource.getConnection();
        PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_lock(?)")) {
      lock.setLong(1, PlanRedrive.LOCK);
      lock.execute();

      assertThat(redrive.redrive((after, limit) -> List.of())).isNull();

      try (PreparedStatement unlock = other.prepareStatement("SELECT pg_advisory_unlock(?)")) {
        unlock.setLong(1, PlanRedrive.LOCK);
        unlock.execute();
      }
    }
    assertThat(redrive.redrive((after, limit) -> List.of())).isNotNull();
  }

  @Test
  void aRunningWorkflowIsLeftAloneAndAMissingOneIsStarted() {
    UUID running = planId(decide("remind me in 3 hours to call the plumber", "UTC"));
    Plan plan = store.find(running, user).orElseThrow();
    Plan missing = new Plan(UUID.randomUUID(), user, plan.intentType(), plan.status(), plan.scheduledFor(),
        plan.timezone(), false, plan.payload(), null, "en", null, 0, null, null, null,
        plan.createdAt(), plan.updatedAt(), null);
    assertThat(store.insert(missing, null)).isTrue();

    PlanRedrive.Pass pass = redrive.redrive((after, limit) ->
        after.equals(new UUID(0, 0)) ? List.of(store.find(running, user).orElseThrow(),
            store.find(missing.id(), user).orElseThrow()) : List.of());

    assertThat(pass.running()).isEqualTo(1);
    assertThat(pass.started()).isEqualTo(1);
    assertThat(workflowStatus(missing.id()))
        .isEqualTo(io.temporal.api.enums.v1.WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
  }
}
