package com.romna.workflows;

import java.time.Duration;
import java.time.Instant;
import com.romna.workflows.series.Series;
import java.util.UUID;

/**
 * What a plan's workflow starts with: identifiers and times, never the message itself. Recipients,
 * subjects and texts stay in the plan's row, where the delivery activity reads them; Temporal keeps
 * this record in the workflow's history for its whole retention, so it must not leak. Times are
 * absolute so that a workflow started again after a restart keeps the original schedule and
 * approval expiry.
 *
 * @param userId the owner, as ops search for it ({@code RomnaUserId}); an id, not a name
 * @param approvalExpiresAt when an unapproved email/WhatsApp draft is cancelled; null when the plan
 *     needs no approval
 * @param approvedAt when the user approved before this run started (a re-driven plan), else null
 * @param receiptWindow how long the workflow stays open after sending for the provider's delivery
 *     receipt (WhatsApp through Twilio); receipts arriving later touch the delivery row only
 * @param snoozeWindow how long a reminder or alarm that has fired can still be snoozed (its workflow
 *     stays open that long); null or zero: not after firing (histories recorded before it existed)
 * @param rings how many times the plan has already been delivered before its current time (a
 *     snoozed reminder that fired); each later delivery gets an idempotency key of its own
 * @param series what makes the plan repeat, or null for a one-off; {@code scheduledFor} is then the
 *     next occurrence to fire
 * @param retry true when the user asked to deliver a failed plan again: this run delivers at once,
 *     with fresh attempts, under the approval the plan already has
 * @param draftVersion the version of the email/WhatsApp draft in the plan's row when this run
 *     started (edits raise it, an approval names it); null in histories recorded before drafts
 *     were versioned, read as 1
 * @param approvalReminder how long before {@code approvalExpiresAt} the user is reminded of a
 *     draft still waiting for approval (the user's setting, read at intake); null for no reminder:
 *     turned off, no room for it before the expiry, not a draft, or histories recorded before
 *     reminders existed
 * @param deliveryLead how long before the due time the workflow wakes and hands the delivery to
 *     the worker, which holds it to the exact instant; null or zero: wake at the due time (plans
 *     started before the lead existed)
 */
public record ExecutionInput(
    UUID planId,
    String userId,
    IntentType intentType,
    Instant scheduledFor,
    String timezone,
    Instant approvalExpiresAt,
    Instant approvedAt,
    Duration receiptWindow,
    Duration snoozeWindow,
    int rings,
    Series series,
    boolean retry,
    Integer draftVersion,
    Duration approvalReminder,
    Duration deliveryLead) {

  public ExecutionInput(UUID planId, String userId, IntentType intentType, Instant scheduledFor,
      String timezone, Instant approvalExpiresAt, Instant approvedAt, Duration receiptWindow,
      Duration snoozeWindow, int rings, Series series, boolean retry, Integer draftVersion,
      Duration approvalReminder) {
    this(planId, userId, intentType, scheduledFor, timezone, approvalExpiresAt, approvedAt,
        receiptWindow, snoozeWindow, rings, series, retry, draftVersion, approvalReminder, null);
  }

  public ExecutionInput(UUID planId, String userId, IntentType intentType, Instant scheduledFor,
      String timezone, Instant approvalExpiresAt, Instant approvedAt, Duration receiptWindow,
      Duration snoozeWindow, int rings, Series series, boolean retry, Integer draftVersion) {
    this(planId, userId, intentType, scheduledFor, timezone, approvalExpiresAt, approvedAt,
        receiptWindow, snoozeWindow, rings, series, retry, draftVersion, null);
  }

  public ExecutionInput(UUID planId, String userId, IntentType intentType, Instant scheduledFor,
      String timezone, Instant approvalExpiresAt, Instant approvedAt, Duration receiptWindow,
      Duration snoozeWindow, int rings, Series series, boolean retry) {
    this(planId, userId, intentType, scheduledFor, timezone, approvalExpiresAt, approvedAt,
        receiptWindow, snoozeWindow, rings, series, retry, null);
  }

  /** The draft's version; 1 when the input predates versions. */
  public int version() {
    return draftVersion == null ? 1 : draftVersion;
  }

  public ExecutionInput(UUID planId, String userId, IntentType intentType, Instant scheduledFor,
      String timezone, Instant approvalExpiresAt, Instant approvedAt, Duration receiptWindow,
      Duration snoozeWindow, int rings, Series series) {
    this(planId, userId, intentType, scheduledFor, timezone, approvalExpiresAt, approvedAt,
        receiptWindow, snoozeWindow, rings, series, false);
  }

  public ExecutionInput(UUID planId, String userId, IntentType intentType, Instant scheduledFor,
      String timezone, Instant approvalExpiresAt, Instant approvedAt, Duration receiptWindow,
      Duration snoozeWindow, int rings) {
    this(planId, userId, intentType, scheduledFor, timezone, approvalExpiresAt, approvedAt,
        receiptWindow, snoozeWindow, rings, null, false);
  }

  public ExecutionInput(UUID planId, String userId, IntentType intentType, Instant scheduledFor,
      String timezone, Instant approvalExpiresAt, Instant approvedAt, Duration receiptWindow) {
    this(planId, userId, intentType, scheduledFor, timezone, approvalExpiresAt, approvedAt,
        receiptWindow, null, 0, null, false);
  }

  /** The same plan, started again to deliver once more after it failed. */
  public ExecutionInput retried() {
    return retried(false);
  }

  /**
   * @param freshKey true when the failed message had reached the provider (e.g. WhatsApp reported
   *     it undelivered): the new delivery needs a key of its own, or the ledger would take it as sent
   */
  public ExecutionInput retried(boolean freshKey) {
    return new ExecutionInput(planId, userId, intentType, scheduledFor, timezone, approvalExpiresAt,
        approvedAt, receiptWindow, snoozeWindow, freshKey ? rings + 1 : rings, series, true, draftVersion,
        approvalReminder, deliveryLead);
  }

  /** The same plan, carried on to a new run (continue-as-new) at its next occurrence. */
  public ExecutionInput next(Instant occurrence, Series now, Instant approved, int deliveries) {
    return new ExecutionInput(planId, userId, intentType, occurrence, timezone, approvalExpiresAt,
        approved, receiptWindow, snoozeWindow, deliveries, now, false, draftVersion, approvalReminder,
        deliveryLead);
  }

  /** The lead this plan's workflow uses; never negative. */
  public Duration lead() {
    return deliveryLead == null || deliveryLead.isNegative() ? Duration.ZERO : deliveryLead;
  }
}
