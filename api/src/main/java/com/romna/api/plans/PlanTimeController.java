package com.romna.api.plans;

import com.romna.api.ApiRole;
import com.romna.api.auth.Caller;
import com.romna.api.web.ApiException;
import com.romna.workflows.PlanState;
import com.romna.workflows.series.SeriesChange;
import java.util.Arrays;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moving a live plan's time, and pausing, resuming or skipping a series: the plan's workflow moves
 * its timer and records the new time.
 */
@ApiRole
@RestController
@RequestMapping("/api/plans/{id}")
class PlanTimeController {

  private final PlanActions actions;
  private final NewTimes times;
  private final Clock clock;

  PlanTimeController(PlanActions actions, NewTimes times, Clock clock) {
    this.actions = actions;
    this.times = times;
    this.clock = clock;
  }

  /** {@code duration}: "10m", "1h", "PT15M"; from 1 minute to 7 days. */
  record SnoozeRequest(String duration, String userId) {}

  /** Either {@code scheduledFor} (ISO-8601 with offset) or {@code transcript} ("tomorrow at 9"). */
  record RescheduleRequest(String scheduledFor, String transcript, String userId) {}

  /**
   * Where the plan stands after the move; {@code scheduledFor} is when it will now fire (a series:
   * its next occurrence); {@code paused} only for a repeating plan.
   */
  record Moved(boolean success, UUID planId, String status, OffsetDateTime scheduledFor, Boolean paused) {}

  @PostMapping("/snooze")
  Moved snooze(Caller caller, @PathVariable UUID id, @RequestBody SnoozeRequest body) {
    String user = caller.actingAs(body.userId());
    return moved(actions.find(user, id), actions.move(user, id, NewTimes.snooze(body.duration())));
  }

  @PostMapping("/reschedule")
  Moved reschedule(Caller caller, @PathVariable UUID id, @RequestBody RescheduleRequest body) {
    String user = caller.actingAs(body.userId());
    Plan plan = actions.find(user, id);
    return moved(plan, actions.move(user, id,
        times.reschedule(body.scheduledFor(), body.transcript(), plan, clock.instant())));
  }

  /** {@code action}: {@code pause}, {@code resume} or {@code skip} (the next occurrence). */
  record SeriesRequest(String action, String userId) {}

  @PostMapping("/series")
  Moved series(Caller caller, @PathVariable UUID id, @RequestBody SeriesRequest body) {
    String user = caller.actingAs(body.userId());
    SeriesChange.Action action = Arrays.stream(SeriesChange.Action.values())
        .filter(a -> a.name().equalsIgnoreCase(String.valueOf(body.action())))
        .findFirst()
        .orElseThrow(() -> ApiException.badRequest("invalid-action",
            "'action' must be \"pause\", \"resume\" or \"skip\"."));
    return moved(actions.find(user, id), actions.series(user, id, new SeriesChange(action)));
  }

  /** Delivers a failed plan again with fresh attempts; its history records the retry. */
  @PostMapping("/retry")
  Moved retry(Caller caller, @PathVariable UUID id, @RequestBody(required = false) PlanController.UserRef body) {
    String user = caller.actingAs(body == null ? null : body.userId());
    return moved(actions.find(user, id), actions.retry(user, id));
  }

  private static Moved moved(Plan plan, PlanState state) {
    return new Moved(true, plan.id(), state.status().wire(),
        PlanView.local(state.scheduledFor(), ZoneId.of(plan.timezone())),
        plan.recurrence() == null ? null : state.paused());
  }
}
