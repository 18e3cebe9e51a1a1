package com.romna.api.voice;

import com.romna.api.contacts.RecipientResolver;
import com.romna.api.hygiene.Recipients;
import com.romna.api.plans.Plan;
import com.romna.api.plans.PlanEngine;
import com.romna.api.plans.PlanStore;
import com.romna.api.plans.PlanView;
import com.romna.api.plans.PlansProperties;
import com.romna.understanding.Intent;
import com.romna.understanding.Interpretation;
import com.romna.api.web.ApiException;
import com.romna.workflows.IntentType;
import com.romna.workflows.PlanState;
import com.romna.workflows.PlanStatus;
import com.romna.workflows.series.Occurrences;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Transcript → plan row → started workflow. Understanding is done before anything is written. */
@Service
class DecideService {

  private static final Logger log = LoggerFactory.getLogger(DecideService.class);
  private static final int MAX_IDEMPOTENCY_KEY = 200;

  private final Interpreting interpreting;
  private final RecipientResolver recipients;
  private final PlanStore store;
  private final PlanEngine engine;
  private final PlansProperties properties;
  private final Clock clock;
  private final MeterRegistry meters;
  private final VoiceCommands commands;

  DecideService(
      Interpreting interpreting,
      RecipientResolver recipients,
      PlanStore store,
      PlanEngine engine,
      PlansProperties properties,
      Clock clock,
      MeterRegistry meters,
      VoiceCommands commands) {
    this.meters = meters;
    this.commands = commands;
    this.interpreting = interpreting;
    this.recipients = recipients;
    this.store = store;
    this.engine = engine;
    this.properties = properties;
    this.clock = clock;
  }

  VoiceResponses.Decided decide(String userId, VoiceRequest request, String idempotencyKey) {
    try {
      return decideStored(userId, request, idempotencyKey);
    } catch (DataAccessResourceFailureException | TransientDataAccessException e) {
      log.warn("the plan store is unavailable: {}", e.getClass().getSimpleName());
      throw new ApiException(
          HttpStatus.SERVICE_UNAVAILABLE,
          "storage-unavailable",
          "Plan store unavailable",
          "The plan store did not answer; nothing was created. Please try again.");
    }
  }

  private VoiceResponses.Decided decideStored(String userId, VoiceRequest request, String idempotencyKey) {
    validateKey(idempotencyKey);
    Interpreting.Understood understood =
        timed("understand", () -> interpreting.interpret(userId, request, clock.instant()));
    Instant now = understood.now();
    if (idempotencyKey != null) {
      var earlier = store.findByIdempotencyKey(userId, idempotencyKey);
      if (earlier.isPresent()) {
        return replay(earlier.get(), request, understood.interpretation().reply());
      }
    }
    Interpretation in = understood.interpretation();
    if (in.command() != null) { // about plans that exist: nothing is created
      return commands.act(userId, understood);
    }
    if (!in.understood()) {
      throw notUnderstood(understood, in);
    }
    if (in.recurrence() != null) { // never a silent one-off: the series runs as asked, or not at all
      try {
        Occurrences.check(in.recurrence().rule());
      } catch (IllegalArgumentException e) {
        throw new ApiException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "recurring-not-supported",
                "This repetition is not supported",
                "The rule " + in.recurrence().rule() + " " + e.getMessage() + "; nothing was created.")
            .with("reply", "ar".equals(in.language())
                ? "ما أقدر أكرر بهالشكل (أقل شي كل ساعة)، وما سجلت شي." : "I can't repeat it that often (every hour at most); nothing was set.")
            .with("understood", VoiceResponses.Interpreted.of(understood));
      }
    }
    RecipientResolver.Resolved resolved = recipients.resolve(userId, in, understood.zone());
    if (resolved.problem() != null) { // "email Sara" without a Sara among the caller's contacts
      String reply = "ar".equals(in.language()) ? "ما قدرت أوصل للمستلم: " + resolved.problem().getMessage()
          : "I can't reach the recipient: " + resolved.problem().getMessage();
      throw resolved.problem().with("reply", reply)
          .with("understood", VoiceResponses.Interpreted.of(understood, in, null));
    }
    Recipients.check(PlanShapes.type(in.intent().kind()), PlanShapes.payload(resolved.interpretation()));
    Plan plan = newPlan(userId, understood, resolved.interpretation(), idempotencyKey, now);
    String taskTitle = plan.intentType() == IntentType.REMINDER ? plan.payload().title() : null;
    if (!timed("insert", () -> store.insert(plan, taskTitle))) {
      return replay(store.findByIdempotencyKey(userId, idempotencyKey).orElseThrow(), request, in.reply());
    }
    PlanStatus status;
    try {
      // One round trip: the workflow starts and answers with the status it recorded.
      status = timed("start", () -> engine.admit(plan)).map(PlanState::status).orElse(PlanStatus.PENDING);
    } catch (RuntimeException e) {
      // No half-made plan: without a workflow the row would promise something nobody executes.
      log.warn("could not start the workflow of plan {}; removing it: {}", plan.id(), e.toString());
      store.delete(plan.id());
      throw e instanceof ApiException api ? api : engineUnavailable();
    }
    // Exported as romna_plans_total: Prometheus reserves the "_created" suffix.
    meters.counter("romna.plans", "intent", plan.intentType().wire()).increment();
    return decided(plan, status, in.reply());
  }

  /** Intake's parts, measured apart (romna_intake_seconds{part}): where a plan's latency goes. */
  private <T> T timed(String part, Supplier<T> step) {
    return meters.timer("romna.intake", "part", part).record(step);
  }

  /** What is missing or ambiguous, in the problem's detail and, in the user's language, in its reply. */
  private static ApiException notUnderstood(Interpreting.Understood understood, Interpretation in) {
    String why = in.timeProblem() == Interpretation.TimeProblem.AMBIGUOUS ? "the time is ambiguous (more than one"
        + " time was said, or a bare hour that may be at night or in the afternoon)" : in.timeProblem() == Interpretation.TimeProblem.PAST ? "the time said has already passed"
        : in.timeProblem() == Interpretation.TimeProblem.UNCLEAR ? "the time said names no precise moment"
        : "missing: " + String.join(", ", in.missing());
    return new ApiException(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "not-understood",
            "Not understood",
            "The transcript was not understood well enough to make a plan; " + why + ". Nothing was created.")
        .with("reply", in.reply())
        .with("understood", VoiceResponses.Interpreted.of(understood));
  }

  private Plan newPlan(String userId, Interpreting.Understood understood, Interpretation in,
      String idempotencyKey, Instant now) {
    IntentType type = PlanShapes.type(in.intent().kind());
    String rule = in.recurrence() == null ? null : in.recurrence().rule();
    return new Plan(
        UUID.randomUUID(),
        userId,
        type,
        PlanStatus.PENDING,
        in.scheduledFor(),
        understood.zone().getId(),
        type.requiresApproval(),
        PlanShapes.payload(in),
        understood.request().transcript(),
        understood.request().locale() != null ? understood.request().locale() : in.language(),
        null,
        0,
        idempotencyKey,
        type.requiresApproval() ? now.plus(properties.approvalExpiry()) : null,
        null,
        now,
        now,
        null,
        0,
        rule,
        rule == null ? null : in.scheduledFor(),
        false,
        1,
        type.requiresApproval() ? approvalReminder(understood, now) : null);
  }

  /**
   * The user's reminder lead for a new draft, or null: turned off, or the draft would expire
   * sooner than that (there is no moment left to remind it).
   */
  private Duration approvalReminder(Interpreting.Understood understood, Instant now) {
    Duration lead = understood.settings().approvalReminderLead();
    return lead != null && now.plus(properties.approvalExpiry()).minus(lead).isAfter(now) ? lead : null;
  }

  /** A repeated request with the same Idempotency-Key gets the same plan, never a second one. */
  private VoiceResponses.Decided replay(Plan earlier, VoiceRequest request, String reply) {
    if (!Objects.equals(earlier.transcript(), request.transcript())) {
      throw new ApiException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "idempotency-key-reused",
          "Idempotency-Key reused",
          "This Idempotency-Key was already used for a different transcript.");
    }
    return decided(earlier, earlier.status(), reply);
  }

  private static VoiceResponses.Decided decided(Plan plan, PlanStatus status, String reply) {
    return new VoiceResponses.Decided(
        true,
        Intent.of(PlanShapes.kind(plan.intentType())).wire(),
        plan.intentType().executionType().wire(),
        plan.id(),
        plan.intentType().wire(),
        status.wire(),
        PlanView.local(plan.scheduledFor(), java.time.ZoneId.of(plan.timezone())),
        plan.requiresApproval(),
        plan.payload(),
        reply,
        null,
        null,
        null,
        plan.recurrence());
  }

  private static void validateKey(String key) {
    if (key == null) {
      return;
    }
    if (key.isBlank() || key.length() > MAX_IDEMPOTENCY_KEY || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw ApiException.badRequest(
          "invalid-idempotency-key", "'Idempotency-Key' must be 1 to 200 visible ASCII characters.");
    }
  }

  private static ApiException engineUnavailable() {
    return new ApiException(
        HttpStatus.SERVICE_UNAVAILABLE,
        "engine-unavailable",
        "Execution engine unavailable",
        "The execution engine did not accept the plan; nothing was created. Please try again.");
  }
}
