package com.romna.understanding.time;

import com.romna.understanding.Grain;
import com.romna.understanding.duration.DurationGrammar;
import com.romna.understanding.duration.Quantity;
import com.romna.understanding.intents.IntentDetector;
import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.Token;
import com.romna.understanding.text.TokenView;
import com.romna.understanding.text.Words;
import java.util.Set;

/**
 * Days named relative to today and durations from now: "now", "today", "tomorrow", "the day after
 * tomorrow", "yesterday", "in 2 hours", "3 days ago", "a fortnight hence", "3 years from today",
 * "within 2 weeks", "after 5 days", "الآن"، "بكرة"، "بعد بكرة"، "أمس"، "بعد ساعتين"، "قبل أسبوع".
 */
final class RelativeGrammar {
  /** Without stripping articles: "بالغدا" is "at lunch", not "tomorrow". */
  static final Lexicon<Integer> DAYS = new Lexicon<Integer>(false)
      .put(0, "today", "todays", "at this time", "اليوم", "النهارده", "النهاردة", "هاليوم")
      .put(1, "tomorrow", "tomorrows", "tmrw", "tmr", "tomorow", "بكرة", "بكرا", "بكره", "باكر", "باچر", "باجر",
          "غدا", "غداً", "الغد", "غد", "بالغد", "للغد", "ببكرة", "لبكرة", "لبكرا", "لبكره", "لباكر", "لباچر",
          "لباجر") // "لبكرة": "to tomorrow", as in "غيّره لبكرة"
      .put(2, "the day after tomorrow", "day after tomorrow", "بعد بكرة", "بعد بكرا", "بعد باكر", "بعد باچر", "لبعد بكرة",
          "بعد غد", "بعد الغد", "يوم بعد غد", "اليوم الي بعد بكرة", "اليوم اللي بعد بكرة", "اليوم اللي بعد بكرا")
      .put(-1, "yesterday", "أمس", "الأمس", "البارحة", "مبارح", "امبارح", "إمبارح", "بالأمس")
      .put(-2, "the day before yesterday", "day before yesterday", "قبل أمس", "قبل البارحة", "أول أمس",
          "أول امبارح", "أول مبارح", "القبل البارحة", "اليوم القبل البارحة", "اليوم اللي قبل امبارح");
  static final Lexicon<Boolean> NOW = new Lexicon<Boolean>().put(true, "now", "right now", "just now",
      "at the moment", "atm", "immediately", "الآن", "الان", "هلق", "هلأ", "الحين", "دحين",
      "دلوقتي", "حالا", "في الحال", "هسا", "هسه", "توا", "في هذه اللحظة", "هذه اللحظة", "اللحظة", "في هاللحظة");
  static final Set<String> IN = Words.set("in", "بعد", "كمان", "خلال", "غضون");
  private static final Set<String> FROM_NOW = Set.of("hence", "later");
  private static final Set<String> AGO = Words.set("ago", "back");
  static final Set<String> AR_AGO = Words.set("قبل", "من", "منذ");

  private RelativeGrammar() {}

  static Piece at(TimeContext c, int i) {
    Lexicon.Hit<Boolean> now = c.at(NOW, i);
    if (now != null) {
      return Piece.fix(Slot.of(Grain.SECOND.truncate(c.now), Grain.SECOND), now.next());
    }
    Piece shift = shift(c, i);
    Lexicon.Hit<Integer> day = c.at(DAYS, i);
    if (day == null || (shift != null && shift.next() >= day.next())) {
      return shift;
    }
    return Piece.fix(day(c, afterMidnight(c, day.value())), day.next());
  }

  /**
   * Said before 04:00, "tomorrow" / "بكرة" is the coming daytime: nobody awake at 01:30 means the day after.
   * Only for requests; Duckling's corpus counts days by the calendar.
   */
  static int afterMidnight(TimeContext c, int offset) {
    return c.product && offset > 0 && c.now.getHour() < EARLY_MORNING ? offset - 1 : offset;
  }

  private static final int EARLY_MORNING = 4;

  static Slot day(TimeContext c, int offset) {
    return Slot.of(Grain.DAY.plus(Grain.DAY.truncate(c.now), offset), Grain.DAY);
  }

  private static Piece shift(TimeContext c, int i) {
    String w = c.w(i);
    boolean in = c.in(i, IN) || w.equals("within") || w.equals("after")
        || w.equals("في") && c.is(i + 1, NormalisedText.fold("غضون"));
    if (w.equals("في") && in) {
      return shift(c, i + 1);
    }
    if (c.in(i, FOR) && timer(c, i - 1)) { // "set a timer for 10 minutes", "مؤقت لمدة ١٠ دقائق"
      Quantity q = DurationGrammar.at(c, i + 1);
      return q == null ? null : Piece.of(shift(c, q), q.next());
    }
    boolean arAgo = c.in(i, AR_AGO) && Words.arabic(w);
    int start = in || arAgo ? i + 1 : i;
    start = in && c.in(start, ABOUT) ? start + 1 : start;
    Quantity q = DurationGrammar.at(c, start);
    if (q == null) {
      return in && w.equals("in") ? bareMinutes(c, i) : null;
    }
    int k = q.next();
    if (arAgo) { // "قبل أسبوع", "منذ يومين"; "من" only with "ago" after ("من ساعتين فاتوا" is rare)
      return !w.equals("من") || c.in(k, AGO) ? Piece.of(Shift.of(c.now, q, -1), k) : null;
    }
    if (w.equals("within")) { // from now until then
      return Piece.of(new Term.Range(nowFix(c), shift(c, q), null), k);
    }
    if (w.equals("after") && !c.arabic) { // Duckling: an open interval from then on
      return Piece.of(new Term.Range(Shift.of(c.now, q, 1), null, null), k);
    }
    if (in) {
      int after = fromNow(c, k);
      return Piece.of(shift(c, q), after > 0 ? after : k);
    }
    if (timer(c, i - 1) || timer(c, k)) { // "timer 10 minutes", "a 10 minute timer": that long from now
      return Piece.of(shift(c, q), k);
    }
    if (c.in(k, AGO)) {
      return Piece.of(Shift.of(c.now, q, -1), k + 1);
    }
    if (c.is(k, "from") && (c.is(k + 1, "right") || c.is(k + 1, "just")) && c.is(k + 2, "now")) {
      return Piece.of(Shift.of(Slot.of(Grain.SECOND.truncate(c.now), Grain.SECOND), q, 1), k + 3);
    }
    int after = fromNow(c, k);
    if (after > 0) {
      return Piece.of(shift(c, q), after);
    }
    if (c.is(k, "from") && c.in(k + 1, DAYS_FROM)) { // "3 years from today"
      Lexicon.Hit<Integer> d = c.at(DAYS, k + 1);
      return d == null ? null : Piece.of(Shift.of(day(c, d.value()), q, 1), d.next());
    }
    return null;
  }

  private static final Set<String> ABOUT = Words.set("about", "around", "approximately", "roughly", "حوالي",
      "تقريبا");
  private static final Set<String> DAYS_FROM = Set.of("today", "tomorrow", "yesterday");
  static final Set<String> FOR = Words.set("for", "لمدة", "مدته", "مدتها", "على");
  private static final Set<String> TIMERS = Words.set(IntentDetector.TIMERS);

  /** Now moved by the duration: Duckling's grain for the corpus, the exact instant for a request. */
  private static Term.Fix shift(TimeContext c, Quantity q) {
    return c.product ? Shift.exactly(c.now, q, 1) : Shift.of(c.now, q, 1);
  }

  /** The command word itself lies outside what the grammar may read, so look at the tokens. */
  private static boolean timer(TimeContext c, int k) {
    return k >= 0 && k < c.tokens().size() && TIMERS.contains(c.tokens().get(k).text());
  }

  /** The token after "from now", "hence", "later", "من الآن", or -1. */
  private static int fromNow(TimeContext c, int k) {
    if (c.in(k, FROM_NOW)) {
      return k + 1;
    }
    if ((c.is(k, "from") || c.is(k, "من")) && c.at(NOW, k + 1) != null) {
      return c.at(NOW, k + 1).next();
    }
    return -1;
  }

  /** "in 15": a bare number after "in" counts minutes. */
  private static Piece bareMinutes(TimeContext c, int i) {
    int n = c.digits(i + 1);
    if (n < 1 || n > 59 || c.digitCount(i + 1) > 2 || !c.end(i + 2)) {
      return null;
    }
    Quantity q = new Quantity(java.util.List.of(new Quantity.Part(Grain.MINUTE, n)), i + 2);
    return Piece.of(shift(c, q), i + 2);
  }

  static Term.Fix nowFix(TimeContext c) {
    return new Term.Fix(Slot.of(Grain.SECOND.truncate(c.now), Grain.SECOND));
  }
}
