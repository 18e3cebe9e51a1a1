package com.romna.understanding;

import static com.romna.understanding.HebrewCalendar.AV;
import static com.romna.understanding.HebrewCalendar.IYYAR;
import static com.romna.understanding.HebrewCalendar.KISLEV;
import static com.romna.understanding.HebrewCalendar.NISAN;
import static com.romna.understanding.HebrewCalendar.SHEVAT;
import static com.romna.understanding.HebrewCalendar.SIVAN;
import static com.romna.understanding.HebrewCalendar.TISHRI;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Jewish holidays on the Hebrew calendar. A Jewish day begins at sunset, so, as Duckling does, each is
 * named by the Gregorian day on whose evening it begins (Yom Kippur 5779 is 2018-09-18).
 */
final class JewishHolidays {

  private JewishHolidays() {}

  /** From the evening before {@code month}/{@code day}. */
  static Holiday eve(int month, int day) {
    return Holiday.on(Holiday.Calendar.HEBREW, y -> HebrewCalendar.date(y, month, day).minusDays(1));
  }

  static void into(Holidays.Names names) {
    names.put(eve(TISHRI, 1).lasting(3), "rosh hashanah", "rosh hashana", "rosh hashanna", "rosh hashannah",
        "rosh ha-shanah", "jewish new year", "yom teruah");
    names.put(eve(TISHRI, 10), "yom kippur", "yom kipur", "day of atonement");
    names.put(eve(TISHRI, 15).lasting(9), "sukkot", "succot", "sukkos", "succos", "feast of tabernacles",
        "feast of booths", "feast of the ingathering");
    names.put(eve(TISHRI, 22), "shemini atzeret");
    names.put(eve(TISHRI, 23), "simchat torah", "simhat torah");
    names.put(eve(KISLEV, 25).lasting(8), "hanukkah", "hanukah", "chanukah", "chanukkah", "hannukah", "hannukkah",
        "channukah", "channukkah",
        "hanuka");
    names.put(eve(SHEVAT, 15), "tu bishvat", "tu b'shvat", "tu bshvat");
    Holiday purim = Holiday.on(Holiday.Calendar.HEBREW,
        y -> HebrewCalendar.date(y, HebrewCalendar.lastAdar(y), 14).minusDays(1));
    names.put(purim, "purim");
    names.put(purim.dayAfterStart(1), "shushan purim");
    Holiday passover = eve(NISAN, 15);
    names.put(passover.lasting(9), "passover", "pesach", "pesah", "pesakh");
    names.put(Holiday.on(Holiday.Calendar.HEBREW, JewishHolidays::yomHashoah), "yom hashoah",
        "holocaust remembrance day", "holocaust day");
    Holiday independence = Holiday.on(Holiday.Calendar.HEBREW, JewishHolidays::yomHaatzmaut);
    names.put(independence, "yom haatzmaut", "yom ha'atzmaut", "yom ha atzmaut");
    names.put(independence.dayAfterStart(-1), "yom hazikaron");
    names.put(eve(IYYAR, 18), "lag baomer", "lag b'omer", "lag ba'omer");
    names.put(eve(SIVAN, 6).lasting(3), "shavuot", "shavuos", "shavuoth", "feast of weeks");
    names.put(Holiday.on(Holiday.Calendar.HEBREW, JewishHolidays::tishaBav), "tisha b'av", "tisha bav",
        "tisha be'av");
  }

  /** 27 Nisan, kept off the Sabbath's edges: to Thursday when on a Friday, to Monday when on a Sunday. */
  private static LocalDate yomHashoah(int y) {
    LocalDate d = HebrewCalendar.date(y, NISAN, 27);
    d = d.getDayOfWeek() == DayOfWeek.FRIDAY ? d.minusDays(1)
        : d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.plusDays(1) : d;
    return d.minusDays(1);
  }

  /** 5 Iyar; moved to the Thursday before from a Friday or Saturday, and to Tuesday from a Monday. */
  private static LocalDate yomHaatzmaut(int y) {
    LocalDate d = HebrewCalendar.date(y, IYYAR, 5);
    d = switch (d.getDayOfWeek()) {
      case FRIDAY -> d.minusDays(1);
      case SATURDAY -> d.minusDays(2);
      case MONDAY -> d.plusDays(1);
      default -> d;
    };
    return d.minusDays(1);
  }

  /** 9 Av, or the 10th when the 9th is a Sabbath. */
  private static LocalDate tishaBav(int y) {
    LocalDate d = HebrewCalendar.date(y, AV, 9);
    return (d.getDayOfWeek() == DayOfWeek.SATURDAY ? d.plusDays(1) : d).minusDays(1);
  }
}
