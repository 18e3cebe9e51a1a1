package com.romna.understanding.time;

import com.romna.understanding.Grain;
import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.Words;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The beginning, middle or end of a month, year or week, as Duckling cuts them: the beginning of a month
 * is its first ten days, the end from the 21st; of a year, the first three and the last four months; of a
 * week, Monday to Wednesday and Friday to Sunday. "early March", "the EOM", "end of 2012", "beginning of
 * next week", "بداية شهر ٣"، "أوائل شهر مارس"، "أواخر الشهر"، "منتصف آذار".
 */
final class BoundaryGrammar {
  /** MIDDLE is English "mid March" (11th to 20th), CENTRE Arabic "منتصف آذار" (the 15th), as Duckling has them. */
  enum Edge { BEGINNING, MIDDLE, CENTRE, END }

  static final Lexicon<Edge> EDGES = new Lexicon<Edge>()
      .put(Edge.BEGINNING, "beginning of", "the beginning of", "at the beginning of", "start of",
          "the start of", "at the start of", "early", "بداية", "بدايه", "أول", "أوائل", "مطلع", "بدايات",
          "في بداية", "في أوائل", "في أول")
      .put(Edge.MIDDLE, "mid", "mid-", "middle of", "the middle of")
      .put(Edge.CENTRE, "منتصف", "نص", "أواسط", "في منتصف")
      .put(Edge.END, "end of", "the end of", "at the end of", "late", "نهاية", "نهايه", "آخر", "أواخر",
          "نهايات", "في نهاية", "في أواخر", "في آخر");
  static final Lexicon<Object[]> SHORT = new Lexicon<Object[]>()
      .put(new Object[] {Edge.END, Cycles.Unit.MONTH}, "eom", "the eom", "at the eom")
      .put(new Object[] {Edge.BEGINNING, Cycles.Unit.MONTH}, "bom", "the bom", "at the bom")
      .put(new Object[] {Edge.END, Cycles.Unit.YEAR}, "eoy", "the eoy", "at the eoy")
      .put(new Object[] {Edge.BEGINNING, Cycles.Unit.YEAR}, "boy", "the boy", "at the boy")
      .put(new Object[] {Edge.END, Cycles.Unit.DAY}, "eod", "the eod", "end of day", "the end of the day",
          "end of the day");
  static final Lexicon<Cycles.Unit> REST = new Lexicon<Cycles.Unit>()
      .put(Cycles.Unit.WEEK, "rest of the week", "the rest of the week", "rest of this week", "باقي الأسبوع",
          "بقية الأسبوع", "باقي الاسبوع")
      .put(Cycles.Unit.MONTH, "rest of the month", "the rest of the month", "rest of this month", "باقي الشهر",
          "بقية الشهر");
  private static final Set<String> THE = Words.set("the", "this");
  /**
   * Business shorthand ("EOM", "BOY") only means a time after a word that asks for one ("by EOM", "until
   * the EOY"): "call the boy" is about a boy, "the bom report" about a report.
   */
  private static final Set<String> DEADLINE = Words.set("by", "until", "till", "til", "before", "from",
      "after");

  private BoundaryGrammar() {}

  static Piece at(TimeContext c, int i) {
    Lexicon.Hit<Cycles.Unit> rest = c.at(REST, i);
    if (rest != null) { // "rest of the week": from today to its end
      Slot unit = Cycles.nth(rest.value(), 0, c.now);
      return Piece.fix(new Slot(Grain.DAY.truncate(c.now), unit.end(), Grain.DAY), rest.next());
    }
    Lexicon.Hit<Object[]> abbreviation = c.at(SHORT, i);
    if (abbreviation != null && (c.in(i - 1, DEADLINE) || c.is(i, "at") || c.is(i, "end"))) {
      Cycles.Unit unit = (Cycles.Unit) abbreviation.value()[1];
      Slot s = cut((Edge) abbreviation.value()[0], Cycles.nth(unit, 0, c.now), unit);
      return s == null ? null : Piece.fix(s, abbreviation.next());
    }
    Lexicon.Hit<Edge> edge = c.at(EDGES, i);
    if (edge == null || c.depth >= 3) {
      return null;
    }
    int k = edge.next();
    Piece inner = TimeGrammar.seq(c.deeper(), k);
    Slot y = inner == null ? null : TermResolver.slot(inner.term(), c);
    Cycles.Unit unit = y == null ? null : unitOf(y);
    if (unit != null) {
      Slot s = cut(edge.value(), y, unit);
      return s == null ? null : Piece.fix(s, inner.next());
    }
    Lexicon.Hit<Cycles.Unit> bare = c.in(k, THE) ? c.at(Cycles.UNITS, k + 1) : c.at(Cycles.UNITS, k);
    if (bare == null || bare.value() == Cycles.Unit.WEEKEND || bare.value() == Cycles.Unit.SEASON) {
      return null;
    }
    Slot s = cut(edge.value(), Cycles.nth(bare.value(), 0, c.now), bare.value()); // "end of month"
    return s == null ? null : Piece.fix(s, bare.next());
  }

  private static Cycles.Unit unitOf(Slot y) {
    return switch (y.grain()) {
      case YEAR -> Cycles.Unit.YEAR;
      case MONTH -> Cycles.Unit.MONTH;
      case WEEK -> Cycles.Unit.WEEK;
      default -> null;
    };
  }

  /** The part of {@code y} an edge names. */
  static Slot cut(Edge edge, Slot y, Cycles.Unit unit) {
    ZonedDateTime s = y.start();
    return switch (unit) {
      case MONTH -> switch (edge) {
        case BEGINNING -> new Slot(s, Grain.DAY.plus(s, 10), Grain.DAY);
        case MIDDLE -> new Slot(Grain.DAY.plus(s, 10), Grain.DAY.plus(s, 20), Grain.DAY);
        case CENTRE -> Slot.of(Grain.DAY.plus(s, 14), Grain.DAY);
        case END -> new Slot(Grain.DAY.plus(s, 20), y.end(), Grain.DAY);
      };
      case YEAR -> switch (edge) {
        case BEGINNING -> new Slot(s, Grain.MONTH.plus(s, 3), Grain.MONTH);
        case MIDDLE, CENTRE -> new Slot(Grain.MONTH.plus(s, 5), Grain.MONTH.plus(s, 7), Grain.MONTH);
        case END -> new Slot(Grain.MONTH.plus(s, 8), y.end(), Grain.MONTH);
      };
      case WEEK -> switch (edge) {
        case BEGINNING -> new Slot(s, Grain.DAY.plus(s, 3), Grain.DAY);
        case MIDDLE, CENTRE -> new Slot(Grain.DAY.plus(s, 2), Grain.DAY.plus(s, 4), Grain.DAY);
        case END -> new Slot(Grain.DAY.plus(s, 4), y.end(), Grain.DAY);
      };
      case DAY -> edge == Edge.END ? new Slot(Grain.HOUR.plus(s, 17), y.end(), Grain.HOUR) : null;
      default -> null;
    };
  }
}
