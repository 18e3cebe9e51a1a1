package com.romna.understanding;

import java.time.Duration;
import java.time.Instant;

/**
 * A request or a question about plans that already exist ("cancel my 7 am alarm", "أجّل المنبه ١٠ دقايق",
 * "move my dentist reminder to 5pm", "did I set a reminder for the dentist", "وش عندي بكرة"). It creates
 * nothing: the caller finds the plan it is about among the user's live plans and acts on it, from the hints.
 *
 * @param target which kind of plan is meant, or null for any
 * @param about the words that name the plan ("dentist", "الدكتور"), or null
 * @param at the time the plan was set for, as said ("my 7 am alarm"), or null
 * @param last true for "the last one" / "آخر تذكير": the plan made most recently
 * @param delay how long to snooze for, or null when not said (the caller's default applies)
 * @param to the new time of a reschedule ("to 5pm"), or null
 */
public record PlanCommand(Action action, PlanKind target, String about, Instant at, boolean last, Duration delay,
    Instant to) {

  public PlanCommand(Action action, PlanKind target, Duration delay) {
    this(action, target, null, null, false, delay, null);
  }

  public enum Action {
    CANCEL,
    SNOOZE,
    RESCHEDULE,
    LIST,
    QUERY;

    public String wire() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
