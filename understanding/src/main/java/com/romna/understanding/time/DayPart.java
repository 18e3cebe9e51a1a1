package com.romna.understanding.time;

/**
 * The parts of the day a plan is usually due at when only the part is said: "tomorrow morning" at 09:00,
 * "tomorrow afternoon" 15:00, "this evening" 18:00, "tonight" 21:00, "at lunch" 12:00.
 */
enum DayPart {
  MORNING(9),
  NOON(12),
  AFTERNOON(15),
  EVENING(18),
  NIGHT(21);

  private final int defaultHour;

  DayPart(int defaultHour) {
    this.defaultHour = defaultHour;
  }

  int defaultHour() {
    return defaultHour;
  }
}
