package com.romna.understanding.holidays;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;

import java.time.LocalDate;

/**
 * Civic and world days: fixed dates, the n-th weekday of a month (Thanksgiving, Memorial Day, Mother's
 * Day as the United States keep them; "عيد الأم" on 21 March as the Arab world does), and a few with a rule of
 * their own.
 */
final class CivicHolidays {
  static final Holiday THANKSGIVING = nth(4, THURSDAY, 11);
  static final Holiday LABOR_DAY = nth(1, MONDAY, 9);
  static final Holiday MEMORIAL_DAY = nth(-1, MONDAY, 5);

  private CivicHolidays() {}

  static Holiday nth(int n, java.time.DayOfWeek weekday, int month) {
    return Holiday.on(Holiday.Calendar.GREGORIAN, DateRule.nth(n, weekday, month));
  }

  static void into(Holidays.Names names) {
    names.put(Holiday.fixed(1, 1), "new year's day", "new year's", "new year", "رأس السنة الميلادية",
        "رأس السنة", "عيد رأس السنة");
    names.put(Holiday.fixed(12, 31), "new year's eve", "ليلة رأس السنة", "ليلة راس السنة الميلادية");
    names.put(Holiday.fixed(2, 14), "valentine's day", "valentine's", "valentine", "st valentine's day",
        "saint valentine's day", "عيد الحب", "الفالنتاين", "عيد العشاق");
    names.put(Holiday.fixed(10, 31), "halloween", "hallowe'en", "halloween day", "الهالوين");
    names.put(Holiday.fixed(7, 4), "independence day", "fourth of july", "the fourth of july", "4th of july");
    names.put(Holiday.fixed(6, 19), "juneteenth");
    names.put(Holiday.fixed(11, 11), "veterans day", "veteran's day", "armistice day", "remembrance day");
    names.put(Holiday.fixed(2, 2), "groundhog day", "groundhog's day");
    names.put(Holiday.fixed(6, 14), "flag day");
    names.put(Holiday.fixed(9, 11), "patriot day");
    names.put(Holiday.fixed(5, 5), "cinco de mayo");
    names.put(Holiday.fixed(5, 1), "may day", "international workers' day", "workers' day", "عيد العمال",
        "يوم العمال", "عيد العمال العالمي");
    names.put(Holiday.fixed(3, 8), "international women's day", "women's day", "يوم المرأة العالمي",
        "يوم المرأة");
    names.put(Holiday.fixed(3, 21), "عيد الأم", "عيد الام", "يوم الأم");
    names.put(Holiday.fixed(6, 21), "عيد الأب", "يوم الأب");
    names.put(Holiday.fixed(4, 22), "earth day");
    names.put(Holiday.fixed(11, 1), "world vegan day");
    names.put(Holiday.fixed(10, 1), "world vegetarian day");
    names.put(Holiday.fixed(12, 1), "world aids day");
    names.put(Holiday.fixed(4, 7), "world health day");
    names.put(Holiday.fixed(6, 5), "world environment day");
    names.put(Holiday.fixed(3, 22), "world water day");
    names.put(Holiday.fixed(10, 10), "world mental health day");
    names.put(Holiday.fixed(2, 4), "world cancer day");
    names.put(Holiday.fixed(10, 5), "world teachers' day", "teachers' day");
    names.put(Holiday.fixed(11, 20), "universal children's day", "world children's day");
    names.put(Holiday.fixed(10, 24), "united nations day");
    names.put(THANKSGIVING, "thanksgiving", "thanksgiving day", "thanks giving",
        "عيد الشكر");
    names.put(THANKSGIVING.lasting(4), "thanksgiving weekend", "thanksgiving week-end",
        "thanksgiving long weekend");
    names.put(THANKSGIVING.dayAfterStart(1), "black friday", "black fri", "الجمعة السوداء", "البلاك فرايداي");
    names.put(THANKSGIVING.dayAfterStart(4), "cyber monday");
    names.put(nth(3, MONDAY, 1), "mlk day", "martin luther king day", "martin luther king's day",
        "martin luther king jr day", "martin luther king jr. day", "martin luther king junior day",
        "mlk jr day", "mlk jr. day", "mlk junior day", "martin luther king, jr. day", "civil rights day");
    names.put(nth(3, MONDAY, 2), "presidents' day", "president's day", "washington's birthday");
    names.put(MEMORIAL_DAY, "memorial day", "decoration day");
    names.put(MEMORIAL_DAY.shaped(Holiday.Shape.LONG_WEEKEND), "memorial day weekend", "memorial day week-end",
        "memorial day long weekend");
    names.put(LABOR_DAY, "labor day", "labour day");
    names.put(LABOR_DAY.shaped(Holiday.Shape.LONG_WEEKEND), "labor day weekend", "labor day week-end",
        "labour day weekend", "labor day long weekend");
    names.put(nth(2, MONDAY, 10), "columbus day", "indigenous peoples' day", "indigenous people's day");
    names.put(nth(2, SUNDAY, 5), "mother's day");
    names.put(nth(3, SUNDAY, 6), "father's day");
    names.put(nth(1, MONDAY, 11).dayAfterStart(1), "election day");
    names.put(nth(-1, FRIDAY, 4), "arbor day");
    names.put(LABOR_DAY.dayAfterStart(6), "grandparents day", "grandparents' day", "national grandparents day");
    Holiday boss = Holiday.on(Holiday.Calendar.GREGORIAN, DateRule.fixed(10, 16).closestWorkday());
    names.put(boss, "boss's day", "bosses' day", "national boss day");
    names.exactly(boss, "boss's"); // not "boss" alone
    names.put(Holiday.on(Holiday.Calendar.GREGORIAN, DateRule.fixed(4, 27).unlessOn(SUNDAY, -1)), "king's day",
        "koningsdag");
    names.put(Holiday.on(Holiday.Calendar.GREGORIAN, CivicHolidays::earthHour).shaped(Holiday.Shape.EVENING_HOUR),
        "earth hour");
    names.put(Holiday.on(Holiday.Calendar.GREGORIAN, CivicHolidays::parsiNewYear), "parsi new year",
        "jamshedi navroz", "jamshedi navroze");
    names.put(Holiday.fixed(12, 26).until(y -> LocalDate.of(y + 1, 1, 1)), "kwanzaa");
  }

  /** The last Saturday of March, or the one before when that is Holy Saturday. */
  private static LocalDate earthHour(int y) {
    LocalDate d = DateRule.nth(-1, SATURDAY, 3).in(y);
    return d.equals(Easter.western(y).minusDays(1)) ? d.minusDays(7) : d;
  }

  /** The Shahanshahi calendar has no leap days: its new year comes every 365 days (16 August 2020). */
  private static LocalDate parsiNewYear(int y) {
    LocalDate d = LocalDate.of(2020, 8, 16).plusDays(365L * (y - 2020));
    while (d.getYear() < y) {
      d = d.plusDays(365);
    }
    while (d.getYear() > y) {
      d = d.minusDays(365);
    }
    return d;
  }
}
