package com.romna.workflows;

/**
 * Types of {@code ApplicationFailure} raised by activities. The non-retryable ones are listed in
 * {@link DeliveryPolicy}, so that retrying cannot make things worse.
 */
public enum FailureType {
  /** The plan row is gone: nothing to record or deliver. */
  PLAN_NOT_FOUND,
  /** The plan was cancelled before this attempt claimed its delivery: nothing was sent. */
  PLAN_CANCELLED,
  /** The provider refused the message for good (bad recipient, validation error). */
  DELIVERY_REJECTED,
  /** The provider or database failed in a way worth retrying. */
  DELIVERY_UNAVAILABLE,
  /** An update asked a plan for something its state no longer allows (rejected by the validator). */
  PLAN_FINISHED,
  /** An update asked to move a plan whose delivery is in flight. */
  PLAN_SENDING,
  /** An update named a time that is not ahead, or a snooze out of range. */
  TIME_NOT_AHEAD,
  /** A series update asked of a plan that does not repeat. */
  NOT_A_SERIES,
  /** An edit asked of a plan that is no longer a draft waiting for approval. */
  NOT_A_DRAFT,
  /**
   * An approval named a draft version that is not the current one, or a delivery found the draft
   * changed after it was approved: the user never approves, nor gets sent, text they did not see.
   */
  DRAFT_CHANGED
}
