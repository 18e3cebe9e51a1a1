package com.romna.api.plans;

import com.romna.api.ApiRole;
import com.romna.api.auth.Caller;
import com.romna.api.web.ApiException;
import com.romna.workflows.PlanStatus;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's plans as resources. Another user's plan does not exist here (404). */
@ApiRole
@RestController
@RequestMapping("/api/plans")
class PlanController {

  private static final int MAX_LIMIT = 200;

  private final PlanStore store;
  private final PlanActions actions;
  private final DraftEdits edits;

  PlanController(PlanStore store, PlanActions actions, DraftEdits edits) {
    this.store = store;
    this.actions = actions;
    this.edits = edits;
  }

  record PlanList(List<PlanView> plans) {}

  /** Service-key callers may name the user in a small body instead of the query string. */
  record UserRef(String userId) {}

  /** {@code version}: the draft version being approved; absent, the current one. */
  record ApproveRequest(String userId, Integer version) {}

  /**
   * {@code cancel}: what a cancel achieved ({@code cancelled}, {@code sending}; {@code requested}
   * when the engine has not answered yet). Answered 202 while the outcome is still open.
   */
  record ActionResult(boolean success, UUID planId, String status, String cancel) {

    static ResponseEntity<ActionResult> of(UUID planId, ActionOutcome outcome) {
      return ResponseEntity.status(outcome.settled() ? HttpStatus.OK : HttpStatus.ACCEPTED)
          .body(new ActionResult(true, planId, outcome.status().wire(), outcome.cancel()));
    }
  }

  @GetMapping
  PlanList list(
      Caller caller,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String userId,
      @RequestParam(defaultValue = "50") int limit) {
    String user = caller.actingAs(userId);
    PlanStatus filter = null;
    if (status != null) {
      filter =
          PlanStatus.parse(status)
              .orElseThrow(
                  () -> ApiException.badRequest("invalid-parameter", "Unknown status '" + status
                      + "'; one of: " + String.join(", ", PlanStatus.wireValues()) + ".")
                      .with("validValues", PlanStatus.wireValues()));
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ApiException.badRequest("invalid-parameter", "'limit' must be between 1 and 200.");
    }
    return new PlanList(
        store.list(user, filter, limit).stream().map(p -> PlanView.of(p, null, null)).toList());
  }

  @GetMapping("/{id}")
  PlanView one(Caller caller, @PathVariable UUID id, @RequestParam(required = false) String userId) {
    Plan plan = actions.find(caller.actingAs(userId), id);
    return PlanView.of(plan, store.events(plan), store.deliveries(plan));
  }

  @PostMapping("/{id}/approve")
  ResponseEntity<ActionResult> approve(
      Caller caller,
      @PathVariable UUID id,
      @RequestParam(required = false) String userId,
      @RequestBody(required = false) ApproveRequest body) {
    String user = caller.actingAs(userId != null ? userId : body == null ? null : body.userId());
    return ActionResult.of(id, actions.approve(user, id, body == null ? null : body.version()));
  }

  /** Edits a draft waiting for approval; answers with the plan and its new {@code version}. */
  @PatchMapping("/{id}")
  PlanView edit(Caller caller, @PathVariable UUID id, @RequestParam(required = false) String userId,
      @RequestBody DraftEdits.EditRequest body) {
    String user = caller.actingAs(userId != null ? userId : body == null ? null : body.userId());
    Plan plan = edits.edit(user, id, body);
    return PlanView.of(plan, store.events(plan), store.deliveries(plan));
  }

  @PostMapping("/{id}/cancel")
  ResponseEntity<ActionResult> cancel(
      Caller caller,
      @PathVariable UUID id,
      @RequestParam(required = false) String userId,
      @RequestBody(required = false) UserRef body) {
    String user = caller.actingAs(userId != null ? userId : body == null ? null : body.userId());
    return ActionResult.of(id, actions.cancel(user, id));
  }
}
