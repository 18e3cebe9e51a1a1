package com.romna.activities.delivery;

/**
 * A push to the user about one of their plans rather than the plan's own message (e.g. "approve
 * your draft before it expires"): its own ledger key and purpose, its own words.
 *
 * @param purpose the {@code deliveries.purpose} it is recorded under
 * @param key its idempotency key, derived from the plan
 * @param title the notification's title, in the user's language
 * @param body its text, in the user's language
 */
public record Notice(String purpose, String key, String title, String body) {

  /** The purpose of a plan's own message. */
  public static final String PLAN = "plan";

  public static final String APPROVAL_REMINDER = "approval_reminder";
}
