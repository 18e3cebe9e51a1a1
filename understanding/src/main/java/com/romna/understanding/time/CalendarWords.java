package com.romna.understanding.time;

import com.romna.understanding.text.Lexicon;
import java.time.DayOfWeek;

/**
 * Month and weekday names in English and Arabic: the Egyptian/Gulf names (يناير), the Levantine and
 * Iraqi ones (كانون الثاني، شباط، آذار) and the Maghrebi ones (جانفي، فيفري). English three-letter forms
 * that are also words ("sun", "sat", "wed", "may", "mar") are kept apart, to be trusted only in a date.
 */
public final class CalendarWords {
  static final Lexicon<Integer> MONTHS = new Lexicon<>();
  static final Lexicon<Integer> AMBIGUOUS_MONTHS = new Lexicon<Integer>().put(3, "mar").put(5, "may");
  public static final Lexicon<DayOfWeek> WEEKDAYS = new Lexicon<>();
  static final Lexicon<DayOfWeek> AMBIGUOUS_WEEKDAYS = new Lexicon<DayOfWeek>()
      .put(DayOfWeek.WEDNESDAY, "wed").put(DayOfWeek.SATURDAY, "sat").put(DayOfWeek.SUNDAY, "sun");

  static {
    month(1, "january", "jan", "يناير", "كانون الثاني", "جانفي", "جانفييه");
    month(2, "february", "feb", "فبراير", "شباط", "فيفري");
    month(3, "march", "مارس", "آذار", "أذار", "مارث");
    month(4, "april", "apr", "أبريل", "ابريل", "إبريل", "نيسان", "أفريل");
    month(5, "مايو", "أيار", "ماي");
    month(6, "june", "jun", "يونيو", "يونيه", "حزيران", "جوان");
    month(7, "july", "jul", "يوليو", "يوليه", "تموز", "جويلية", "جويلة");
    month(8, "august", "aug", "أغسطس", "اغسطس", "آب", "أوت", "اوت");
    month(9, "september", "sept", "sep", "سبتمبر", "أيلول", "ايلول", "شتنبر");
    month(10, "october", "oct", "أكتوبر", "اكتوبر", "تشرين الأول", "تشرين اول", "أكتوبير");
    month(11, "november", "nov", "نوفمبر", "تشرين الثاني", "تشرين ثاني", "نونبر");
    month(12, "december", "dec", "ديسمبر", "كانون الأول", "كانون اول", "دجنبر");
    weekday(DayOfWeek.MONDAY, "monday", "mon", "mondays", "الاثنين", "الإثنين", "اثنين", "الاتنين", "اتنين", "الثنين");
    weekday(DayOfWeek.TUESDAY, "tuesday", "tue", "tues", "tuesdays", "الثلاثاء", "الثلاثا", "ثلاثاء", "الثلوث",
        "التلات", "التلاتاء", "الثلاث");
    weekday(DayOfWeek.WEDNESDAY, "wednesday", "weds", "wednesdays", "الأربعاء", "الاربعا", "أربعاء", "اربعا",
        "الاربعه");
    weekday(DayOfWeek.THURSDAY, "thursday", "thu", "thur", "thurs", "thursdays", "الخميس", "خميس");
    weekday(DayOfWeek.FRIDAY, "friday", "fri", "fridays", "الجمعة", "جمعة", "الجمعه");
    weekday(DayOfWeek.SATURDAY, "saturday", "saturdays", "السبت", "سبت");
    weekday(DayOfWeek.SUNDAY, "sunday", "sundays", "الأحد", "الاحد", "الحد");
  }

  private CalendarWords() {}

  private static void month(int m, String... names) {
    MONTHS.put(m, names);
  }

  private static void weekday(DayOfWeek d, String... names) {
    WEEKDAYS.put(d, names);
  }

  /** A month name at {@code i}, skipping a full stop after an abbreviation ("Oct."). */
  static Lexicon.Hit<Integer> month(TimeContext c, int i, boolean trustAmbiguous) {
    Lexicon.Hit<Integer> hit = c.at(MONTHS, i);
    if (hit == null && trustAmbiguous) {
      hit = c.at(AMBIGUOUS_MONTHS, i);
    }
    return hit == null ? null : new Lexicon.Hit<>(hit.value(), dot(c, hit.next()));
  }

  static Lexicon.Hit<DayOfWeek> weekday(TimeContext c, int i, boolean trustAmbiguous) {
    Lexicon.Hit<DayOfWeek> hit = c.at(WEEKDAYS, i);
    if (hit == null && trustAmbiguous) {
      hit = c.at(AMBIGUOUS_WEEKDAYS, i);
    }
    return hit == null ? null : new Lexicon.Hit<>(hit.value(), dot(c, hit.next()));
  }

  private static int dot(TimeContext c, int k) {
    return c.is(k, ".") && c.glued(k) ? k + 1 : k;
  }
}
