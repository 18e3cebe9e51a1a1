package com.romna.api.plans;

import com.romna.api.ApiRole;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Nothing lost on restart: at start-up every unfinished plan's workflow is started again. A
 * workflow that is still running is kept (same workflow id), so this is harmless against a durable
 * Temporal and essential with the in-memory one; a plan that fell due while the service was down
 * fires at once.
 */
@ApiRole
@Component
class PlanRedrive {

  private static final Logger log = LoggerFactory.getLogger(PlanRedrive.class);
  private static final int PAGE = 500;

  private final PlanStore store;
  private final PlanEngine engine;

  PlanRedrive(PlanStore store, PlanEngine engine) {
    this.store = store;
    this.engine = engine;
  }

  @EventListener(ApplicationReadyEvent.class)
  void redrive() {
    int started = 0;
    int ended = 0;
    UUID after = new UUID(0, 0); // the smallest uuid in PostgreSQL's (unsigned) order
    List<Plan> page;
    do {
      page = store.unfinished(after, PAGE);
      for (Plan plan : page) {
        try {
          engine.start(plan);
          started++;
        } catch (WorkflowExecutionAlreadyStarted e) {
          // Its one execution ended without recording an outcome (e.g. terminated in the Web UI).
          ended++;
          log.warn("plan {} is {} but its workflow has ended; leaving it for an operator",
              plan.id(), plan.status().wire());
        }
        after = plan.id();
      }
    } while (page.size() == PAGE);
    if (started + ended > 0) {
      log.info("re-drove {} unfinished plan(s); {} had already ended in Temporal", started, ended);
    }
  }
}
