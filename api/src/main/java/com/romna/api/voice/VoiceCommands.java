package com.romna.api.voice;

import com.romna.api.plans.ActionOutcome;
import com.romna.api.plans.Plan;
import com.romna.api.plans.PlanActions;
import com.romna.api.plans.PlanStore;
import com.romna.api.plans.PlanView;
import com.romna.api.plans.PlansProperties;
import com.romna.api.web.ApiException;
import com.romna.understanding.Intent;
import com.romna.understanding.Interpretation;
import com.romna.understanding.PlanCommand;
import com.romna.workflows.PlanState;
import com.romna.workflows.TimeChange;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * "cancel my medicine reminder", "أجل المنبه ١٠ دقايق", "move my dentist reminder to Thursday at 5",
 * "وش عندي بكرة": finds the plan among the caller's own and acts on it through the same actions as
 * the plan endpoints, so the answer is the workflow's truth; one match acts, several are a 409 that
 * lists them, none a 404. Every answer carries a reply in the user's language.
 */
@Service
class VoiceCommands {

  static final Duration DEFAULT_SNOOZE = Duration.ofMinutes(10);
  private static final int MOST = 200;

  private final PlanStore store;
  private final PlanActions actions;
  private final PlansProperties properties;

  VoiceCommands(PlanStore store, PlanActions actions, PlansProperties properties) {
    this.store = store;
    this.actions = actions;
    this.properties = properties;
  }

  VoiceResponses.Decided act(String userId, Interpreting.Understood understood) {
    Interpretation in = understood.interpretation();
    PlanCommand c = in.command();
    ZoneId zone = understood.zone();
    Instant now = understood.now();
    CommandReplies say = new CommandReplies("ar".equals(in.language()), now.atZone(zone));
    // "غيّر موعد الاجتماع للساعة ٩": a move with one time said moves to it, it does not name the plan by it
    boolean movedToAt = c.action() == PlanCommand.Action.RESCHEDULE && c.to() == null;
    Instant at = movedToAt ? null : c.at();
    List<Plan> found = PlanMatcher.find(store.live(userId, now.minus(properties.snoozeWindow()), MOST), c, at, zone);
    if (c.action() == PlanCommand.Action.LIST || c.action() == PlanCommand.Action.QUERY) {
      return new VoiceResponses.Decided(true, null, null, null, null, null, null, null, null, say.listed(found),
          c.action().wire(), null, PlanBriefs.of(found), null);
    }
    if (found.isEmpty()) {
      throw new ApiException(HttpStatus.NOT_FOUND, "no-matching-plan", "No matching plan",
          "None of the caller's live plans matches what was said; nothing was changed.")
          .with("reply", say.noMatch());
    }
    Instant to = movedToAt ? c.at() : c.to();
    if (c.action() == PlanCommand.Action.RESCHEDULE && to == null) {
      // "to Thursday at 5": 5 in the morning or the afternoon? A move is never to a guessed time
      throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "not-understood", "Not understood",
          "A move needs a new time that says when" + (in.timeProblem() == Interpretation.TimeProblem.AMBIGUOUS
              ? " (the time said is ambiguous: a bare hour that may be at night or in the afternoon)" : "")
              + "; nothing was changed.")
          .with("reply", say.noTime(in.timeProblem())).with("understood", VoiceResponses.Interpreted.of(understood));
    }
    if (found.size() > 1) {
      throw new ApiException(HttpStatus.CONFLICT, "ambiguous-plan", "Which plan?",
          found.size() + " of the caller's plans match what was said; nothing was changed. Ask which one.")
          .with("reply", say.ambiguous(found)).with("plans", PlanBriefs.of(found));
    }
    Plan plan = found.get(0);
    try {
      return switch (c.action()) {
        case CANCEL -> cancel(userId, plan, say);
        case SNOOZE -> move(userId, plan, TimeChange.snoozeFor(c.delay() != null ? c.delay() : DEFAULT_SNOOZE), say);
        default -> move(userId, plan, TimeChange.to(to), say);
      };
    } catch (ApiException refused) {
      if (refused.properties().containsKey("reply")) {
        throw refused;
      }
      boolean sent = "already_sent".equals(refused.properties().get("cancel"));
      throw refused.with("reply", sent ? say.alreadySent(plan) : say.finished(plan));
    }
  }

  private VoiceResponses.Decided cancel(String userId, Plan plan, CommandReplies say) {
    ActionOutcome outcome = actions.cancel(userId, plan.id());
    boolean sending = "sending".equals(outcome.cancel());
    return answer(plan, outcome.status().wire(), plan.scheduledFor(), sending ? say.sending(plan) : say.cancelled(plan),
        "cancel", outcome.cancel());
  }

  private VoiceResponses.Decided move(String userId, Plan plan, TimeChange change, CommandReplies say) {
    PlanState state = actions.move(userId, plan.id(), change);
    return answer(plan, state.status().wire(), state.scheduledFor(),
        say.moved(plan, state.scheduledFor(), change.bySnooze()), change.bySnooze() ? "snooze" : "reschedule", null);
  }

  private static VoiceResponses.Decided answer(Plan plan, String status, Instant at, String reply, String command,
      String cancel) {
    return new VoiceResponses.Decided(true, Intent.of(PlanShapes.kind(plan.intentType())).wire(),
        plan.intentType().executionType().wire(), plan.id(), plan.intentType().wire(), status,
        PlanView.local(at, ZoneId.of(plan.timezone())), plan.requiresApproval(), plan.payload(), reply, command,
        cancel, null, plan.recurrence());
  }
}
