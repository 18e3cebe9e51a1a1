package com.romna.understanding.time;

import com.romna.understanding.holidays.Easter;
import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.Words;
import java.util.Set;

/**
 * What tells, inside a request, that a holiday name is the time rather than part of the title: a
 * preposition ("on Eid", "يوم العيد"), a part of the day before it ("صباح العيد"), or the request's verb
 * right before it ("ذكرني العيد أزور جدتي": Arabic often drops the preposition there). And what tells it is
 * not: English puts a noun after the holiday it belongs to ("Christmas lights", "Eid gifts").
 */
final class HolidayCues {
  static final Set<String> MARKERS = Words.set("on", "at", "during", "over", "in", "يوم", "في", "خلال", "طول",
      "أيام", "ايام", "وقت");
  private static final Set<String> AR_VERBS = Words.set("ذكرني", "ذكريني", "ذكرنا", "فكرني", "فكريني",
      "نبهني", "نبهيني", "صحيني", "صحني", "قومني", "قوميني", "فيقني");
  private static final Set<String> FREE = Set.of("to", "that", "about", "and", "so", "i", "we", "please",
      "with", "then", "too", "as", "when", "because", "at", "on", "in", "by", "before", "after", "around",
      "from", "this", "next", "is", "it", "remind", "me", "you", "my", "our", "the", "a", "for");

  private static final int MAX_DEPTH = 3;

  private HolidayCues() {}

  /** A cue before the holiday starting at {@code i} (a preposition that is part of the match aside). */
  static boolean before(TimeContext c, int i) {
    if (c.in(i - 1, AR_VERBS)) {
      return true;
    }
    int end = c.is(i - 1, "of") ? i - 1 : i; // "morning of Eid"
    for (int k = Math.max(0, end - 3); k < end; k++) {
      Lexicon.Hit<PartGrammar.Part> part = c.at(PartGrammar.PARTS, k);
      if (part != null && part.next() == end) {
        return true;
      }
    }
    return false;
  }

  /** True when a time is said right after the holiday ending before {@code k}: "lakshmi puja six years hence". */
  static boolean timeAfter(TimeContext c, int k) {
    if (c.depth >= MAX_DEPTH) {
      return false;
    }
    Piece p = TimeGrammar.seq(c.deeper(), k);
    if (p == null && (c.is(k, "at") || c.is(k, "on"))) {
      p = TimeGrammar.seq(c.deeper(), k + 1);
    }
    return p != null && !p.latent();
  }

  /** True when the word at {@code k} is an English word that makes a compound with the holiday before it. */
  static boolean compound(TimeContext c, int k) {
    String w = c.w(k);
    if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || Words.arabic(w) || FREE.contains(w)) {
      return false;
    }
    // "Christmas morning", "Easter Sunday at 5" read on; bounded, as "xmas xmas xmas..." would chain
    return c.depth < MAX_DEPTH && TimeGrammar.piece(c.deeper(), k) == null;
  }
}
