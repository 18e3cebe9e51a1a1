package com.romna.understanding;

/**
 * One-word clock readings: "6", "6:30", "6.30", "18:00", "6pm", "6:30am", "٦م". Parsed by hand
 * rather than by regular expression so a 5,000-char junk word costs one pass.
 *
 * @param minute -1 when only the hour was written
 * @param unambiguous written with a colon or am/pm, so it is a time even without "at"
 */
record CompactClock(int hour, int minute, DayPart part, boolean unambiguous) {

  static CompactClock parse(String w) {
    int n = w.length();
    int i = 0;
    while (i < n && i < 3 && Tokenizer.digit(w.charAt(i))) {
      i++;
    }
    if (i == 0 || i > 2) {
      return null;
    }
    int hour = Integer.parseInt(w.substring(0, i));
    int minute = -1;
    boolean colon = false;
    if (i < n && (w.charAt(i) == ':' || w.charAt(i) == '.')) {
      if (i + 3 > n || !NumberWords.allDigits(w.substring(i + 1, i + 3))
          || (i + 3 < n && Tokenizer.digit(w.charAt(i + 3)))) {
        return null;
      }
      colon = w.charAt(i) == ':';
      minute = Integer.parseInt(w.substring(i + 1, i + 3));
      i += 3;
    }
    String suffix = w.substring(i);
    if (suffix.isEmpty()) {
      return new CompactClock(hour, minute, null, colon);
    }
    if (DayPart.AM.contains(suffix)) {
      return new CompactClock(hour, minute, DayPart.MORNING, true);
    }
    if (DayPart.PM.contains(suffix)) {
      return new CompactClock(hour, minute, DayPart.EVENING, true);
    }
    return null;
  }
}
