package com.romna.understanding.time;

import com.romna.understanding.Grain;
import com.romna.understanding.text.Lexicon;

/**
 * Intervals with one end: "from 2 pm", "anytime after 2014", "through 2:00pm", "sometimes before 2014",
 * "by EOD" (from now until then), "as soon as possible", "حتى الساعة ٢" (Arabic: from now until then).
 */
final class OpenRanges {
  static final Lexicon<Integer> INTROS = new Lexicon<Integer>()
      .put(1, "from", "since", "starting", "starting from", "starting at", "anytime after", "any time after",
          "sometime after", "sometimes after", "after", "later than", "no earlier than", "ابتداء من", "ابتداءً من",
          "اعتبارا من", "من بعد")
      .put(-1, "until", "untill", "till", "til", "through", "thru", "before", "sometimes before",
          "sometime before", "anytime before", "up to", "no later than", "قبل")
      .put(0, "by", "حتى", "لغاية", "لحد", "لين", "إلى غاية");
  static final Lexicon<Boolean> ASAP = new Lexicon<Boolean>().put(true, "as soon as possible", "asap",
      "في أقرب وقت", "بأسرع وقت", "في اقرب وقت ممكن");

  private OpenRanges() {}

  static Piece at(TimeContext c, int i) {
    Lexicon.Hit<Boolean> asap = c.at(ASAP, i);
    if (asap != null) {
      return Piece.of(new Term.Range(RelativeGrammar.nowFix(c), null, null), asap.next());
    }
    Lexicon.Hit<Integer> intro = c.at(INTROS, i);
    if (intro == null) {
      return null;
    }
    Piece a = TimeGrammar.seq(c.deeper(), intro.next());
    if (a == null || a.term() instanceof Term.Range) {
      return null;
    }
    Lexicon.Hit<PartGrammar.Part> part = c.at(PartGrammar.PARTS, i);
    if (part != null && part.next() >= a.next()) { // "قبل الظهر", "after school": a part of the day
      return null;
    }
    int kind = intro.value();
    if (kind == 0) { // "by EOD", "حتى الساعة ٢": from now until then
      Slot end = TermResolver.slot(a.term(), c);
      return end == null ? null
          : Piece.of(new Term.Range(RelativeGrammar.nowFix(c), new Term.Fix(end), Grain.SECOND), a.next());
    }
    return Piece.of(kind > 0 ? new Term.Range(a.term(), null, null) : new Term.Range(null, a.term(), null), a.next());
  }
}
