package com.romna.api.plans;

import com.romna.api.ApiRole;
import com.romna.api.auth.Caller;
import com.romna.api.web.ApiException;
import com.romna.workflows.PlanStatus;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
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

  PlanController(PlanStore store, PlanActions actions) {
    this.store = store;
    this.actions = actions;
  }

  record PlanList(List<PlanView> plans) {}

  /** Service-key callers may name the user in a small body instead of the query string. */
  record UserRef(String userId) {}

  record ActionResult(boolean success, UUID planId, String status) {}

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
                      + "'; use one of: " + java.util.Arrays.stream(PlanStatus.values()).map(PlanStatus::wire)
                          .collect(java.util.stream.Collectors.joining(", ")) + "."));
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
  ActionResult approve(
      Caller caller,
      @PathVariable UUID id,
      @RequestParam(required = false) String userId,
      @RequestBody(required = false) UserRef body) {
    String user = caller.actingAs(userId != null ? userId : body == null ? null : body.userId());
    return new ActionResult(true, id, actions.approve(user, id).wire());
  }

  @PostMapping("/{id}/cancel")
  ActionResult cancel(
      Caller caller,
      @PathVariable UUID id,
      @RequestParam(required = false) String userId,
      @RequestBody(required = false) UserRef body) {
    String user = caller.actingAs(userId != null ? userId : body == null ? null : body.userId());
    return new ActionResult(true, id, actions.cancel(user, id).wire());
  }
}
