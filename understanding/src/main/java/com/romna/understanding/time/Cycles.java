package com.romna.understanding.time;

import com.romna.understanding.Grain;
import com.romna.understanding.text.Lexicon;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** The calendar units "this / next / last" can name, and where each one falls. */
final class Cycles {

  /** A cycle unit: a grain, or the weekend, or a season. */
  enum Unit { DAY, WEEK, MONTH, QUARTER, YEAR, WEEKEND, SEASON }

  static final Lexicon<Unit> UNITS = new Lexicon<Unit>()
      .put(Unit.DAY, "day", "اليوم", "يوم")
      .put(Unit.WEEK, "week", "wk", "weeks", "الأسبوع", "أسبوع", "الاسبوع")
      .put(Unit.MONTH, "month", "months", "الشهر", "شهر")
      .put(Unit.QUARTER, "quarter", "qtr", "quarters", "الربع")
      .put(Unit.YEAR, "year", "yr", "years", "السنة", "سنة", "العام", "عام", "السنه")
      .put(Unit.WEEKEND, "weekend", "week-end", "week end", "wkend", "weekends", "الويكند", "ويكند",
          "الويك اند", "عطلة نهاية الأسبوع", "عطلة الأسبوع", "نهاية الأسبوع", "الإجازة الأسبوعية")
      .put(Unit.SEASON, "season", "seasons", "الفصل", "فصل", "الموسم");

  private Cycles() {}

  /** The {@code n}-th unit from the current one (0 this, 1 next, -1 last). */
  static Slot nth(Unit unit, int n, ZonedDateTime now) {
    return switch (unit) {
      case WEEKEND -> weekend(Grain.WEEK.plus(Grain.WEEK.truncate(now), n));
      case SEASON -> season(now, n);
      default -> {
        Grain g = grain(unit);
        yield Slot.of(g.plus(g.truncate(now), n), g);
      }
    };
  }

  static Grain grain(Unit unit) {
    return switch (unit) {
      case DAY -> Grain.DAY;
      case WEEK -> Grain.WEEK;
      case MONTH -> Grain.MONTH;
      case QUARTER -> Grain.QUARTER;
      case YEAR -> Grain.YEAR;
      case WEEKEND -> Grain.HOUR;
      case SEASON -> Grain.DAY;
    };
  }

  /** Friday 18:00 to Monday 00:00 of the week starting at {@code monday}. */
  static Slot weekend(ZonedDateTime monday) {
    ZonedDateTime friday = Grain.at(monday.toLocalDate().plusDays(4), LocalTime.of(18, 0), monday);
    return new Slot(friday, Grain.WEEK.plus(monday, 1), Grain.HOUR);
  }

  /** Weekends wholly inside {@code within}, in order. */
  static List<Slot> weekends(Slot within) {
    List<Slot> out = new ArrayList<>();
    ZonedDateTime monday = Grain.WEEK.truncate(within.start());
    for (int w = 0; w < 60; w++, monday = Grain.WEEK.plus(monday, 1)) {
      Slot s = weekend(monday);
      if (!s.start().isBefore(within.end())) {
        break;
      }
      if (s.within(within)) {
        out.add(s);
      }
    }
    return out;
  }

  /** Astronomical seasons as Duckling dates them; {@code n} seasons from the current one. */
  static Slot season(ZonedDateTime now, int n) {
    List<Slot> all = new ArrayList<>();
    int year = now.getYear();
    for (int y = year - 2; y <= year + 2; y++) {
      all.add(span(now, LocalDate.of(y, 3, 20), LocalDate.of(y, 6, 21)));
      all.add(span(now, LocalDate.of(y, 6, 21), LocalDate.of(y, 9, 23)));
      all.add(span(now, LocalDate.of(y, 9, 23), LocalDate.of(y, 12, 21)));
      all.add(span(now, LocalDate.of(y, 12, 21), LocalDate.of(y + 1, 3, 20)));
    }
    for (int k = 0; k < all.size(); k++) {
      if (all.get(k).end().isAfter(now)) {
        int at = k + n;
        return at >= 0 && at < all.size() ? all.get(at) : null;
      }
    }
    return null;
  }

  /** The next occurrence of one season (0 spring .. 3 winter) whose end is after now. */
  static Slot namedSeason(ZonedDateTime now, int which, int n) {
    for (int k = 0; k < 12; k++) {
      Slot s = season(now, k);
      if (s != null && seasonIndex(s) == which) {
        return n == 0 ? s : season(s.start().plusDays(1), 4 * n);
      }
    }
    return null;
  }

  private static int seasonIndex(Slot s) {
    return switch (s.start().getMonthValue()) {
      case 3 -> 0;
      case 6 -> 1;
      case 9 -> 2;
      default -> 3;
    };
  }

  private static Slot span(ZonedDateTime zone, LocalDate from, LocalDate to) {
    return new Slot(Grain.at(from, LocalTime.MIDNIGHT, zone), Grain.at(to, LocalTime.MIDNIGHT, zone), Grain.DAY);
  }
}
