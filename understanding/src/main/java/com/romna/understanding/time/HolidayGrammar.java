package com.romna.understanding.time;

import com.romna.understanding.holidays.Easter;
import com.romna.understanding.holidays.Holiday;
import com.romna.understanding.holidays.Holidays;
import com.romna.understanding.numbers.Ordinals;
import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.TokenView;
import com.romna.understanding.text.Words;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Holidays as times: "Eid al-Adha 2013", "next Thanksgiving", "Easter Sunday two thousand ten", "Christmas
 * after next", "Eid eve", "يوم العيد"، "العيد الجاي"، "ثاني يوم العيد"، "ليلة العيد"، "رمضان ٢٠١٨"، "٢٧ رمضان
 * ١٤٤٧". Inside a request a holiday is a time only when something says so ({@link HolidayCues}, "next", a
 * year, a day of a Hijri month): "هدية العيد" and "buy Christmas lights" are titles.
 */
final class HolidayGrammar {
  private static final Set<String> DAY_WORDS = Words.set("يوم", "أيام", "ايام");
  static final Set<String> NIGHT = Words.set("ليلة", "ليله");
  static final Set<String> EVE = Words.set("عشية", "وقفة", "وقفه");
  private static final Set<String> ADJECTIVES = Words.set("المبارك", "المباركة", "السعيد", "الشريف", "الكريم",
      "المجيد", "المعظم");
  static final Lexicon<Integer> SPOKEN_ORDINALS = new Lexicon<Integer>()
      .put(2, "تاني", "التاني").put(3, "تالت", "التالت");

  private HolidayGrammar() {}

  private record Named(Holiday holiday, int next, boolean dated) {}

  static Piece at(TimeContext c, int i) {
    int k = i;
    boolean marked = c.in(i, HolidayCues.MARKERS); // also "يوم عرفة", a name that starts with one
    Named named = named(c, k);
    for (int n = 0; named == null && n < 2 && c.in(k, HolidayCues.MARKERS); n++) { // "on Eid", "في أيام العيد"
      named = named(c, ++k);
    }
    if (named == null && k > i && c.is(k, "the")) { // "on the lunar new year"
      named = named(c, ++k);
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
    int[] year = HolidayYears.at(c, k, h);
    // a holiday known by name only stays itself whatever is said with it, to be refused as a whole
    Term term = !h.computed() ? new Term.Occasion(h) : year != null ? HolidayYears.in(h, year, c.now)
        : mod != null && mod != 0 ? counted(h, mod, c.now)
        : h.fixed() != null ? new Term.Cal(h.fixed()) : new Term.Occasion(h);
    if (term == null) {
      return null;
    }
    int end = year != null ? year[2] : k;
    boolean said = marked || mod != null || year != null || named.dated() || HolidayCues.before(c, i)
        || !h.computed() && HolidayCues.timeAfter(c, end); // "diwali at 5pm": a time said with a day we cannot date
    return new Piece(term, end, c.strict && (!said || HolidayCues.compound(c, end)));
  }

  /** A holiday name, a Hijri date, or a day counted from a holiday ("ثاني يوم العيد", "ليلة العيد"). */
  private static Named named(TimeContext c, int k) {
    Named plain = plain(c, k);
    if (plain != null) {
      return plain;
    }
    int j = c.is(k, "the") ? k + 1 : k;
    Lexicon.Hit<Integer> ordinal = Ordinals.at(c, j);
    ordinal = ordinal != null ? ordinal : c.at(SPOKEN_ORDINALS, j);
    if (ordinal != null && ordinal.value() <= 4) { // the days of Eid
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

  /** The n-th next (n > 0) or n-th last (n < 0) occurrence from now. */
  private static Term counted(Holiday h, int n, ZonedDateTime now) {
    Slot s = n > 0 ? h.after(now, n) : h.before(now, -n);
    return s == null ? null : new Term.Fix(s);
  }
}
