package com.romna.understanding.time;

/**
 * A clock time as read, before am/pm: {@code hour} as said (6 may still be 18:00 when
 * {@code twelveHour}), minute and second when said. {@code strong} when the form alone says it is a
 * time ("6:30", "15h", "half past six", "noon"), so no "at" is needed.
 */
record ClockReading(int hour, Integer minute, Integer second, boolean twelveHour, int next, boolean strong) {

  static ClockReading hour(int hour, int next, boolean strong) {
    return new ClockReading(hour, null, null, hour >= 1 && hour <= 12, next, strong);
  }

  ClockReading withMinute(int m, int k) {
    return new ClockReading(hour, m, second, twelveHour, k, strong);
  }

  ClockReading endingAt(int k, boolean strongNow) {
    return new ClockReading(hour, minute, second, twelveHour, k, strong || strongNow);
  }

  /** "quarter to seven": the hour before, 60 minus the minutes. */
  ClockReading before(int minutes) {
    int h = hour == 0 ? 23 : hour - 1;
    boolean twelve = twelveHour && h >= 1;
    return new ClockReading(h, 60 - minutes, null, twelve, next, strong);
  }

  boolean valid() {
    return hour >= 0 && hour <= 24 && (minute == null || (minute >= 0 && minute <= 59))
        && (second == null || (second >= 0 && second <= 59));
  }
}
