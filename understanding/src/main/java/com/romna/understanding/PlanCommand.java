package com.romna.understanding;

import java.time.Duration;

/**
 * A request about plans that already exist ("cancel my reminder", "أجّل المنبه ١٠ دقايق", "وش عندي
 * تذكيرات"). It creates nothing: the caller looks the plans up and acts on them.
 *
 * @param target which kind of plan is meant, or null for any
 * @param delay how long to snooze for, or null when not said (the caller's default applies)
 */
public record PlanCommand(Action action, PlanKind target, Duration delay) {

  public enum Action {
    CANCEL,
    SNOOZE,
    LIST;

    public String wire() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
