package com.romna.understanding.time;

import com.romna.understanding.numbers.NumberWords;

/**
 * A year said in words after a holiday: "two thousand ten", "two thousand and five", "twenty eighteen".
 * Read only where a year is expected, since "twenty" alone is as likely a count.
 */
final class SpokenYears {

  private SpokenYears() {}

  /** {year, next}, or null. */
  static int[] at(TimeContext c, int k) {
    NumberWords.Num head = c.digits(k) < 0 ? NumberWords.parse(c.view(), k, false) : null;
    if (head == null || !head.whole()) {
      return null;
    }
    int v = (int) head.value();
    int j = head.next();
    if (v >= 1 && v <= 2 && c.is(j, "thousand")) { // "two thousand (and) ten"
      int rest = c.is(j + 1, "and") ? j + 2 : j + 1;
      NumberWords.Num tail = NumberWords.parse(c.view(), rest, false);
      boolean small = tail != null && tail.whole() && tail.value() >= 1 && tail.value() < 100;
      return small ? new int[] {v * 1000 + (int) tail.value(), tail.next()} : new int[] {v * 1000, j + 1};
    }
    NumberWords.Num tail = v >= 10 && v <= 29 ? NumberWords.parse(c.view(), j, false) : null;
    if (tail != null && tail.whole() && tail.value() >= 10 && tail.value() < 100) { // "twenty eighteen"
      return new int[] {v * 100 + (int) tail.value(), tail.next()};
    }
    return null;
  }
}
