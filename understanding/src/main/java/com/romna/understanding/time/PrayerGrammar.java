package com.romna.understanding.time;

import com.romna.understanding.Place;
import com.romna.understanding.Prayer;
import com.romna.understanding.duration.DurationGrammar;
import com.romna.understanding.duration.Quantity;
import com.romna.understanding.prayer.PrayerRules;
import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.Token;
import com.romna.understanding.text.TokenView;
import com.romna.understanding.text.Words;
import java.util.Set;

/**
 * Prayer-relative times in a request: "الفجر"، "صلاة العصر"، "بعد المغرب"، "قبل العشاء"، "قبل المغرب بربع ساعة"،
 * "ربع ساعة بعد الظهر", "at fajr", "after asr prayer", "10 minutes before maghrib". Read only when a place is
 * known ({@link PrayerRules}); otherwise these words are parts of the day ({@link PartGrammar}).
 */
final class PrayerGrammar {
  static final Lexicon<Prayer> NAMES = new Lexicon<Prayer>()
      .put(Prayer.FAJR, "الفجر", "فجر", "صلاة الفجر", "fajr", "fajr prayer", "the fajr prayer", "dawn prayer")
      .put(Prayer.DHUHR, "الظهر", "الضهر", "صلاة الظهر", "dhuhr", "zuhr", "duhr", "dhuhr prayer", "zuhr prayer",
          "the dhuhr prayer", "noon prayer")
      .put(Prayer.ASR, "العصر", "صلاة العصر", "asr", "asr prayer", "the asr prayer", "afternoon prayer")
      .put(Prayer.MAGHRIB, "المغرب", "صلاة المغرب", "maghrib", "maghrib prayer", "the maghrib prayer",
          "sunset prayer")
      .put(Prayer.ISHA, "العشاء", "العشا", "صلاة العشاء", "صلاة العشا", "isha", "isha prayer", "the isha prayer",
          "night prayer");
  /** The Friday prayer: at dhuhr's time, on a Friday. */
  static final Lexicon<Prayer> FRIDAY_PRAYER = new Lexicon<Prayer>()
      .put(Prayer.DHUHR, "صلاة الجمعة", "صلاة الجمعه", "jumuah", "jumu'ah", "jummah", "jumma", "friday prayer",
          "friday prayers", "the friday prayer");
  /** "عقب" is how the Gulf says "after" ("عقب صلاة العصر"). */
  static final Set<String> AFTER = Words.set("after", "بعد", "عقب");
  static final Set<String> BEFORE = Words.set("before", "قبل");
  static final Set<String> AT = Words.set("at", "for", "عند", "مع", "وقت", "بوقت", "on");

  private PrayerGrammar() {}

  static Piece at(TimeContext c, int i) {
    if (c.prayers == null || c.prayers.place() == null || !nameNear(c, i)) {
      return null;
    }
    Quantity lead = DurationGrammar.at(c, i); // "10 minutes before maghrib", "ربع ساعة بعد الظهر"
    int k = lead == null ? i : lead.next();
    int sign = c.in(k, AFTER) ? 1 : c.in(k, BEFORE) ? -1 : 0;
    if (lead != null && sign == 0) {
      return null;
    }
    int name = sign != 0 || c.in(k, AT) ? k + 1 : k;
    Lexicon.Hit<Prayer> prayer = c.at(NAMES, name);
    Lexicon.Hit<Prayer> friday = prayer == null ? c.at(FRIDAY_PRAYER, name) : null;
    prayer = friday != null ? friday : prayer;
    if (prayer == null) {
      return null;
    }
    int end = prayer.next();
    end = c.is(end, "prayer") ? end + 1 : end;
    Quantity amount = lead;
    if (amount == null && sign != 0 && Words.arabic(c.w(end)) && c.w(end).startsWith("ب")) { // "قبل المغرب بربع ساعة"
      amount = byAmount(c, end);
      end = amount == null ? end : amount.next();
    } else if (amount == null && sign != 0 && c.is(end, "by")) { // "after isha by 10 minutes"
      amount = DurationGrammar.at(c, end + 1);
      end = amount == null ? end : amount.next();
    }
    int minutes = amount != null ? (int) Math.round(sign * amount.seconds() / 60.0)
        : sign > 0 ? c.prayers.afterMinutes() : sign < 0 ? -c.prayers.beforeMinutes() : 0;
    Term.PrayerTime at = new Term.PrayerTime(prayer.value(), minutes);
    if (friday != null) { // "بعد صلاة الجمعة": the next Friday's
      Term onFriday = Prayers.on(at, Fields.weekday(java.time.DayOfWeek.FRIDAY), null, c);
      return onFriday == null ? null : Piece.of(onFriday, end);
    }
    return Piece.of(at, end);
  }

  /** A prayer's name within the few words an amount and "before"/"after" take: cheap, and most places have none. */
  private static boolean nameNear(TimeContext c, int i) {
    for (int k = i; k < i + NEAR && k < c.limit(); k++) {
      if (c.at(NAMES, k) != null || c.at(FRIDAY_PRAYER, k) != null) {
        return true;
      }
    }
    return false;
  }

  private static final int NEAR = 7;

  /** "بربع ساعة"، "بنص ساعة"، "بعشر دقايق": the amount with its "ب" glued on. */
  private static Quantity byAmount(TimeContext c, int k) {
    String w = c.w(k).substring(1);
    java.util.List<Token> rest = new java.util.ArrayList<>(c.tokens().subList(k, Math.min(c.limit(), k + 4)));
    rest.set(0, new Token(w, 0, w.length(), Token.Kind.WORD));
    Quantity q = DurationGrammar.at(TokenView.of(rest), 0);
    return q == null ? null : new Quantity(q.parts(), k + q.next());
  }
}
