package com.romna.understanding.time;

import com.romna.understanding.holidays.DateRule;
import com.romna.understanding.holidays.HijriCalendar;
import com.romna.understanding.holidays.Holiday;
import com.romna.understanding.holidays.IslamicHolidays;
import com.romna.understanding.numbers.Ordinals;
import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.TokenView;
import com.romna.understanding.text.Words;
import java.util.Set;

/**
 * Dates of the Hijri calendar: "٢٧ رمضان"، "العاشر من ذي الحجة"، "أول شوال"، "15 شعبان 1447"، "the 27th of
 * Ramadan", and a whole month after "شهر" ("شهر شعبان"). Month names alone are words too often ("صفر" is
 * zero, "رجب" a name) to be read without a day or "شهر".
 */
final class HijriDates {
  static final Lexicon<Integer> MONTHS = new Lexicon<Integer>()
      .put(1, "محرم", "المحرم", "محرم الحرام", "muharram")
      .put(2, "صفر", "صفر الخير", "safar")
      .put(3, "ربيع الأول", "ربيع أول", "ربيع الاول", "rabi al-awwal", "rabi ul awwal", "rabi al awwal")
      .put(4, "ربيع الآخر", "ربيع الثاني", "ربيع ثاني", "ربيع الاخر", "rabi al-thani", "rabi al-akhir",
          "rabi ul akhir", "rabi al thani")
      .put(5, "جمادى الأولى", "جمادى الأول", "جماد أول", "جمادى الاولى", "jumada al-awwal", "jumada al-ula",
          "jumada al awwal")
      .put(6, "جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جماد ثاني", "جمادى الاخرة",
          "jumada al-thani", "jumada al-akhirah", "jumada al thani")
      .put(7, "رجب", "rajab")
      .put(8, "شعبان", "shaban", "sha'ban")
      .put(9, "رمضان", "ramadan", "ramadhan", "ramzan")
      .put(10, "شوال", "shawwal", "shawal")
      .put(11, "ذو القعدة", "ذي القعدة", "ذو القعده", "dhu al-qadah", "dhul qadah", "dhu al-qi'dah",
          "dhul qida")
      .put(12, "ذو الحجة", "ذي الحجة", "ذو الحجه", "dhu al-hijjah", "dhul hijjah", "dhu al hijjah",
          "dhul hijja");
  private static final Set<String> OF = Words.set("of", "من", "في");
  /** The first word of every month name, to skip the day look-up where no month follows. */
  private static final Set<String> FIRST_WORDS = Words.set("محرم", "المحرم", "صفر", "ربيع", "جمادى", "جماد", "رجب",
      "شعبان", "رمضان", "شوال", "ذو", "ذي", "muharram", "safar", "rabi", "jumada", "rajab", "shaban", "sha",
      "ramadan", "ramadhan", "ramzan", "shawwal", "shawal", "dhu", "dhul");
  static final Set<String> MONTH_WORD = Words.set("شهر", "month");

  private HijriDates() {}

  /** A Hijri date or month at {@code i}; {@code dated} when a day was said. */
  public record Found(Holiday holiday, int next, boolean dated) {}

  static Found at(TimeContext c, int i) {
    if (c.in(i, MONTH_WORD)) { // "شهر شعبان", "month of shaban": the whole month
      int k = c.is(i + 1, "of") ? i + 2 : i + 1;
      Lexicon.Hit<Integer> m = c.at(MONTHS, k);
      return m == null ? null : new Found(month(m.value()), m.next(), false);
    }
    int k = c.is(i, "the") ? i + 1 : i;
    int[] day = monthAhead(c, k) ? NamedDates.day(c, k) : null;
    if (day != null) {
      int of = c.in(day[1], OF) ? day[1] + 1 : day[1];
      Lexicon.Hit<Integer> m = c.at(MONTHS, of);
      return m == null || day[0] > 30 ? null
          : new Found(IslamicHolidays.hijri(m.value(), day[0]), m.next(), true);
    }
    Lexicon.Hit<Integer> m = c.at(MONTHS, i); // "Ramadan 27th", "shawwal 1st"
    Lexicon.Hit<Integer> ordinal = m == null ? null : Ordinals.at(c, m.next());
    return ordinal == null || ordinal.value() > 30 ? null
        : new Found(IslamicHolidays.hijri(m.value(), ordinal.value()), ordinal.next(), true);
  }

  private static boolean monthAhead(TimeContext c, int k) {
    for (int j = k + 1; j <= k + 5; j++) {
      if (c.in(j, FIRST_WORDS)) {
        return true;
      }
    }
    return false;
  }

  private static Holiday month(int m) {
    return IslamicHolidays.hijri(m, 1).until(m == 12
        ? y -> HijriCalendar.date(y + 1, 1, 1) : y -> HijriCalendar.date(y, m + 1, 1));
  }
}
