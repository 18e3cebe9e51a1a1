package com.romna.understanding.time;

import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.Words;
import java.util.Set;

/** "this / next / last" in both languages: English says them before the unit, Arabic mostly after. */
final class Modifiers {
  static final Set<String> THIS = Words.set("this", "current", "present", "هذا", "هذه", "هاذا", "هاد", "هادا",
      "هاذي", "هذي", "هاي", "ده", "دي");
  static final Set<String> NEXT = Set.of("next", "following", "upcoming", "coming");
  static final Set<String> LAST = Set.of("last", "previous", "past", "prior", "preceding");
  static final Lexicon<Integer> AFTER = new Lexicon<Integer>()
      .put(0, "الحالي", "الحالية", "الجاري", "الجارية", "هذا", "هذه", "ده", "دي", "هاد")
      .put(1, "القادم", "القادمة", "المقبل", "المقبلة", "الجاي", "الجاية", "اللي جاي", "اللي جاية", "الي جاي",
          "التالي", "التالية", "الجاييه")
      .put(-1, "الماضي", "الماضية", "الماض", "السابق", "السابقة", "الفائت", "الفائتة", "الفايت", "الفايتة",
          "المنصرم", "المنصرمة", "اللي فات", "اللي فاتت", "الي فات", "المنقضي");

  private Modifiers() {}

  /** -1, 0 or 1 for an English modifier word at {@code i} ("the following" too), or null. */
  static Integer before(TimeContext c, int i) {
    int k = c.is(i, "the") ? i + 1 : i;
    if (c.in(k, THIS)) {
      return 0;
    }
    if (c.in(k, NEXT)) {
      return 1;
    }
    return c.in(k, LAST) ? -1 : null;
  }

  /** Tokens taken by {@link #before}. */
  static int beforeLength(TimeContext c, int i) {
    return c.is(i, "the") ? 2 : 1;
  }
}
