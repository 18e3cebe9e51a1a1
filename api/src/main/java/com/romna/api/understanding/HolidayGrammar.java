package com.romna.api.understanding;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Holidays as times: "Eid al-Adha 2013", "next Thanksgiving", "Easter Monday two thousand ten", "Christmas
 * eve", "يوم العيد"، "العيد الجاي"، "ثاني يوم العيد"، "ليلة العيد"، "رمضان ٢٠١٨"، "٢٧ رمضان ١٤٤٧". Inside a
 * request a holiday is a time only when something says so (a preposition, "next", a year, a day of a Hijri
 * month): "هدية العيد" and "buy Christmas lights" are titles.
 */
final class HolidayGrammar {
  private static final Set<String> MARKERS = Words.set("on", "at", "during", "over", "in", "يوم", "في", "خلال",
      "طول", "أيام", "ايام", "وقت");
  private static final Set<String> DAY_WORDS = Words.set("يوم", "أيام", "ايام");
  private static final Set<String> NIGHT = Words.set("ليلة", "ليله");
  private static final Set<String> EVE = Words.set("عشية", "وقفة", "وقفه");
  private static final Set<String> ADJECTIVES = Words.set("المبارك", "المباركة", "السعيد", "الشريف", "الكريم",
      "المجيد", "المعظم");
  private static final Set<String> HIJRI_MARK = Words.set("هـ", "ه", "هجري", "هجرية", "للهجرة", "ah");
  private static final Lexicon<Integer> SPOKEN_ORDINALS = new Lexicon<Integer>()
      .put(2, "تاني", "التاني").put(3, "تالت", "التالت");

  private HolidayGrammar() {}

  private record Named(Holiday holiday, int next, boolean dated) {}

  static Piece at(TimeContext c, int i) {
    int k = i;
    boolean marked = c.in(i, MARKERS); // also "يوم عرفة", a name that starts with one
    Named named = named(c, k);
    for (int n = 0; named == null && n < 2 && c.in(k, MARKERS); n++) { // "on Eid", "في أيام العيد"
      named = named(c, ++k);
      marked = true;
    }
    Integer mod = named == null ? Modifiers.before(c, k) : null;
    if (mod != null) { // "next Thanksgiving", "this coming Easter"
      k += Modifiers.beforeLength(c, k);
      k = mod == 0 && (c.is(k, "coming") || c.is(k, "upcoming")) ? k + 1 : k;
      named = named(c, k);
    }
    if (named == null) {
      return null;
    }
    Holiday h = named.holiday();
    k = c.in(named.next(), ADJECTIVES) ? named.next() + 1 : named.next(); // "عيد الفطر المبارك"
    if (c.is(k, "eve")) {
      h = h.dayAfterStart(-1);
      k++;
    }
    int[] which = which(c, k, mod);
    mod = which[0] == Integer.MIN_VALUE ? mod : Integer.valueOf(which[0]);
    k = which[1];
    int[] year = year(c, k, h);
    Term term = year != null ? inYear(h, year, c.now) : mod != null && mod != 0 ? counted(h, mod, c.now)
        : h.fixed() != null ? new Term.Cal(h.fixed()) : new Term.Occasion(h);
    if (term == null) {
      return null;
    }
    int end = year != null ? year[2] : k;
    boolean said = marked || mod != null || year != null || named.dated() || afterPart(c, i);
    return new Piece(term, end, c.strict && (!said || FollowingWord.makesACompound(c, end)));
  }

  /** Right after a part of the day: "صباح العيد", "morning of Eid". */
  private static boolean afterPart(TimeContext c, int i) {
    int end = c.is(i - 1, "of") ? i - 1 : i;
    for (int k = Math.max(0, end - 3); k < end; k++) {
      Lexicon.Hit<PartGrammar.Part> part = c.at(PartGrammar.PARTS, k);
      if (part != null && part.next() == end) {
        return true;
      }
    }
    return false;
  }

  /** A holiday name, a Hijri date, or a day counted from a holiday ("ثاني يوم العيد", "ليلة العيد"). */
  private static Named named(TimeContext c, int k) {
    Named plain = plain(c, k);
    if (plain != null) {
      return plain;
    }
    int j = c.is(k, "the") ? k + 1 : k;
    Lexicon.Hit<Integer> ordinal = Ordinals.at(c, j) != null ? Ordinals.at(c, j) : c.at(SPOKEN_ORDINALS, j);
    if (ordinal != null && ordinal.value() <= 4) {
      int d = ordinal.next();
      d = c.in(d, DAY_WORDS) ? d + 1 : c.is(d, "day") && c.is(d + 1, "of") ? d + 2 : -1;
      Named p = d < 0 ? null : plain(c, d);
      return p == null ? null : new Named(p.holiday().dayAfterStart(ordinal.value() - 1), p.next(), true);
    }
    boolean night = c.in(k, NIGHT);
    Named p = night || c.in(k, EVE) ? plain(c, k + 1) : null;
    if (p == null) {
      return null;
    }
    Holiday eve = night ? p.holiday().shaped(Holiday.Shape.EVENING_BEFORE) : p.holiday().dayAfterStart(-1);
    return new Named(eve, p.next(), true);
  }

  private static Named plain(TimeContext c, int k) {
    Lexicon.Hit<Holiday> name = Holidays.at(c, k);
    HijriDates.Found date = HijriDates.at(c, k);
    if (date != null && (name == null || date.next() > name.next())) {
      return new Named(date.holiday(), date.next(), date.dated());
    }
    return name == null ? null : new Named(name.value(), name.next(), false);
  }

  /** {n, next}: an Arabic modifier after the name, "after next", "before last"; n is MIN_VALUE when none. */
  private static int[] which(TimeContext c, int k, Integer before) {
    if (c.is(k, "after") && c.is(k + 1, "next")) {
      return new int[] {2, k + 2};
    }
    if (c.is(k, "before") && c.is(k + 1, "last")) {
      return new int[] {-2, k + 2};
    }
    Lexicon.Hit<Integer> later = c.is(k, NormalisedText.fold("بعد")) ? c.at(Modifiers.AFTER, k + 1) : null;
    if (later != null && later.value() == 1) { // "العيد بعد الجاي"
      return new int[] {2, later.next()};
    }
    Lexicon.Hit<Integer> after = before == null ? c.at(Modifiers.AFTER, k) : null;
    return after == null ? new int[] {Integer.MIN_VALUE, k} : new int[] {after.value(), after.next()};
  }

  /** {1 for a Hijri year or 0 for a Gregorian one, the year, next}, or null. */
  private static int[] year(TimeContext c, int k, Holiday h) {
    int n = c.digits(k);
    if (h.calendar() == Holiday.Calendar.HIJRI && c.digitCount(k) == 4 && n >= 1300 && n <= 1600) {
      return new int[] {1, n, c.in(k + 1, HIJRI_MARK) ? k + 2 : k + 1};
    }
    Piece y = Years.at(c, k);
    if (y != null && y.term() instanceof Term.Cal cal && cal.fields().year() != null) {
      return new int[] {0, cal.fields().year(), y.next()};
    }
    int[] spoken = SpokenYears.at(c, k); // "two thousand ten"
    return spoken == null ? null : new int[] {0, spoken[0], spoken[1]};
  }

  private static Term inYear(Holiday h, int[] year, ZonedDateTime now) {
    if (year[0] == 1) {
      Slot s = h.occurrence(year[1], now);
      return s == null ? null : new Term.Fix(s);
    }
    if (h.fixed() != null) {
      return new Term.Cal(h.fixed().withYear(year[1]));
    }
    ZonedDateTime from = Grain.at(LocalDate.of(year[1], 1, 1), LocalTime.MIDNIGHT, now);
    Slot s = h.startingIn(from, Grain.YEAR.plus(from, 1));
    return s == null ? null : new Term.Fix(s);
  }

  /** The n-th next (n > 0) or n-th last (n < 0) occurrence from now. */
  private static Term counted(Holiday h, int n, ZonedDateTime now) {
    Slot s = n > 0 ? h.after(now, n) : h.before(now, -n);
    return s == null ? null : new Term.Fix(s);
  }
}
