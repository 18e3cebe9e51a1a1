package com.romna.understanding.duration;

import com.romna.understanding.Grain;
import java.util.List;

/**
 * A spoken duration as its parts ("2 years and 3 months" is two parts). Normalising follows Duckling:
 * the parts are counted in the finest unit said, so 2 years and 3 months is 27 months of 30 days.
 */
public record Quantity(List<Part> parts, int next) {

  public record Part(Grain unit, double amount) {}

  public Grain finest() {
    Grain g = Grain.YEAR;
    for (Part p : parts) {
      g = Grain.finer(g, p.unit());
    }
    return g;
  }

  /** The amount in the finest unit said. */
  public double amount() {
    Grain g = finest();
    double total = 0;
    for (Part p : parts) {
      total += p.unit() == g ? p.amount() : Math.floor(p.amount() * p.unit().seconds() / g.seconds());
    }
    return total;
  }

  public long seconds() {
    return Math.round(amount() * finest().seconds());
  }

  /**
   * The same length as a whole number of some unit, going finer while it is fractional: 2.5 hours are
   * 150 minutes, half a day 12 hours. Returns {amount, grain ordinal}.
   */
  public long[] whole() {
    Grain g = finest();
    double n = amount();
    while (n != Math.rint(n) && g != Grain.SECOND) {
      n *= factor(g);
      g = finer(g);
    }
    return new long[] {Math.round(n), g.ordinal()};
  }

  /** How many of the next finer unit make one: a year is 12 months, not 365/30 of them. */
  private static int factor(Grain g) {
    return switch (g) {
      case YEAR -> 12;
      case QUARTER -> 3;
      case MONTH -> 30;
      case WEEK -> 7;
      case DAY -> 24;
      default -> 60;
    };
  }

  private static Grain finer(Grain g) {
    return switch (g) {
      case YEAR -> Grain.MONTH;
      case QUARTER -> Grain.MONTH;
      case MONTH, WEEK -> Grain.DAY;
      case DAY -> Grain.HOUR;
      case HOUR -> Grain.MINUTE;
      default -> Grain.SECOND;
    };
  }
}
