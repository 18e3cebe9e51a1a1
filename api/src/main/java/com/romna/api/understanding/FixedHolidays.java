package com.romna.api.understanding;

/**
 * Holidays on a fixed date, which people use as dates ("the third Tuesday after Christmas"). Holidays
 * that move (Easter, the Eids, Thanksgiving) need their own calendars and are not read.
 */
final class FixedHolidays {
  private static final Lexicon<int[]> DAYS = new Lexicon<int[]>()
      .put(new int[] {12, 25}, "christmas", "christmas day", "xmas", "x-mas", "كريسماس", "الكريسماس",
          "عيد الميلاد المجيد", "عيد الميلاد")
      .put(new int[] {12, 24}, "christmas eve", "xmas eve")
      .put(new int[] {1, 1}, "new year's day", "new years day", "new year day", "رأس السنة الميلادية")
      .put(new int[] {12, 31}, "new year's eve", "new years eve", "ليلة رأس السنة")
      .put(new int[] {2, 14}, "valentine's day", "valentines day", "valentine day", "عيد الحب")
      .put(new int[] {10, 31}, "halloween");

  private FixedHolidays() {}

  static Piece at(TimeContext c, int i) {
    Lexicon.Hit<int[]> hit = c.at(DAYS, i);
    if (hit == null) {
      return null;
    }
    Fields f = Fields.date(null, hit.value()[0], hit.value()[1]);
    return new Piece(new Term.Cal(f), hit.next(), c.strict); // "buy christmas gifts" is a title
  }
}
