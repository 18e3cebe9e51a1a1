package com.romna.api.plans;

import com.romna.api.ApiRole;
import com.romna.api.auth.Caller;
import com.romna.api.web.ApiException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The original system's action endpoint: {@code {planId, action: "approve" | "cancel"}}. */
@ApiRole
@RestController
class ActionsController {

  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final PlanActions actions;

  ActionsController(PlanActions actions) {
    this.actions = actions;
  }

  record ActionRequest(String planId, String action, String userId) {}

  @PostMapping("/api/actions/approve")
  ResponseEntity<PlanController.ActionResult> act(Caller caller, @RequestBody ActionRequest request) {
    String user = caller.actingAs(request.userId());
    UUID planId = planId(request.planId());
    String action = request.action() == null ? "approve" : request.action();
    return switch (action) {
      case "approve" -> PlanController.ActionResult.of(planId, actions.approve(user, planId));
      case "cancel" -> PlanController.ActionResult.of(planId, actions.cancel(user, planId));
      default -> throw ApiException.badRequest(
          "invalid-action", "'action' must be \"approve\" or \"cancel\", not \"" + action + "\".");
    };
  }

  private static UUID planId(String value) {
    if (value == null || value.isBlank()) {
      throw ApiException.badRequest("invalid-parameter", "'planId' is required.");
    }
    if (!UUID_TEXT.matcher(value).matches()) {
      throw ApiException.badRequest("invalid-parameter", "'" + value + "' is not a valid planId.");
    }
    return UUID.fromString(value);
  }
}
