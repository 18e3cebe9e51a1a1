package com.romna.api.plans;

import com.romna.api.contacts.RecipientResolver;
import com.romna.api.hygiene.CleanText;
import com.romna.api.hygiene.Recipients;
import com.romna.api.web.ApiException;
import com.romna.workflows.IntentType;
import com.romna.workflows.PlanPayload;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Edits of an e-mail or WhatsApp draft before approval. What is typed passes the same hygiene and
 * recipient checks as intake (a contact's name becomes their address), all before anything is
 * written: a 4xx leaves the draft as it was.
 */
@Service
class DraftEdits {

  /** Any of the fields; null leaves it as it is. {@code scheduledFor}: ISO-8601 with offset. */
  record EditRequest(String recipient, String subject, String body, String message, String scheduledFor,
      String userId) {}

  private final PlanActions actions;
  private final RecipientResolver recipients;
  private final NewTimes times;
  private final Clock clock;

  DraftEdits(PlanActions actions, RecipientResolver recipients, NewTimes times, Clock clock) {
    this.actions = actions;
    this.recipients = recipients;
    this.times = times;
    this.clock = clock;
  }

  Plan edit(String userId, UUID planId, EditRequest edit) {
    Plan plan = actions.find(userId, planId);
    if (!plan.requiresApproval() || plan.approvedAt() != null || plan.status().isTerminal()) {
      throw PlanActions.notEditable(plan, plan.version());
    }
    boolean email = plan.intentType() == IntentType.EMAIL;
    if (edit == null || edit.recipient() == null && edit.subject() == null && edit.body() == null
        && edit.message() == null && edit.scheduledFor() == null) {
      throw invalid("Name at least one of " + (email ? "'recipient', 'subject', 'body'" : "'recipient', 'message'")
          + " or 'scheduledFor'.");
    }
    if (email && edit.message() != null || !email && (edit.subject() != null || edit.body() != null)) {
      throw invalid(email ? "An e-mail has 'subject' and 'body', not 'message'."
          : "A WhatsApp message has 'message', not 'subject' or 'body'.");
    }
    PlanPayload was = plan.payload();
    String to = was.to();
    String said = text("recipient", edit.recipient());
    if (said != null) {
      to = recipients.deliverable(userId, email, said, ZoneId.of(plan.timezone()));
    }
    PlanPayload now = email
        ? PlanPayload.email(to, or(text("subject", edit.subject()), was.subject()), or(text("body", edit.body()), was.body()))
        : PlanPayload.whatsApp(to, or(text("message", edit.message()), was.message()));
    Recipients.check(plan.intentType(), now);
    Instant at = null;
    if (edit.scheduledFor() != null) {
      Instant instant = clock.instant();
      at = times.reschedule(edit.scheduledFor(), null, plan, instant).at();
      if (!at.isAfter(instant)) {
        throw ApiException.badRequest("invalid-time", "The new time has passed. Nothing was changed.");
      }
    }
    return actions.edit(plan, now, at);
  }

  /** Cleaned as intake cleans it; present but empty is an error, not "leave it". */
  private static String text(String field, String value) {
    if (value == null) {
      return null;
    }
    String clean = CleanText.clean(value).strip();
    if (clean.isEmpty()) {
      throw invalid("'" + field + "' cannot be empty.");
    }
    return clean;
  }

  private static String or(String edited, String was) {
    return edited != null ? edited : was;
  }

  private static ApiException invalid(String detail) {
    return ApiException.badRequest("invalid-edit", detail + " Nothing was changed.");
  }
}
