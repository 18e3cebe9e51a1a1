package com.romna.understanding.reply;

import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * A time as the replies say it, for answers composed outside understanding (e.g. "snoozed until …"):
 * "today at 9:15 PM", "بكرة الخميس ٢٦ نوفمبر الساعة ٩:٠٠ الصبح".
 */
public final class SpokenTimes {

  private SpokenTimes() {}

  /** {@code at} in the zone of {@code now}, relative to {@code now}'s day; Arabic when {@code arabic}. */
  public static String when(Instant at, ZonedDateTime now, boolean arabic) {
    return Replies.when(at, now, arabic);
  }

  /** Arabic-Indic digits in Arabic text; English left as it is. */
  public static String digits(String text, boolean arabic) {
    return Replies.digits(text, arabic);
  }
}
