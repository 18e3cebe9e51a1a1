package com.romna.api.plans;

import com.romna.workflows.CancelOutcome;
import com.romna.workflows.PlanStatus;

/**
 * What an approve or cancel did, as the plan's workflow answered it.
 *
 * @param cancel what a cancel achieved (null for an approve); {@code requested} when the engine has
 *     not answered in time and the cancel waits for it
 * @param settled false when the action is taken but its outcome is not known yet: a cancel that met
 *     a send in flight, or an engine that did not answer in time (answered 202)
 */
public record ActionOutcome(PlanStatus status, String cancel, boolean settled) {

  static final String REQUESTED = "requested";

  static ActionOutcome done(PlanStatus status) {
    return new ActionOutcome(status, null, true);
  }

  static ActionOutcome cancel(PlanStatus status, CancelOutcome cancel) {
    return new ActionOutcome(status, cancel.wire(), cancel != CancelOutcome.SENDING);
  }
}
