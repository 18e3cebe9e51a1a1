package com.romna.understanding.time;

import com.romna.understanding.text.Lexicon;
import java.time.ZoneOffset;

/** Time-zone abbreviations after a clock time: "4pm CET", "8:00 gmt", "9 am (BST)", "بتوقيت GMT". */
final class ZoneGrammar {
  static final Lexicon<ZoneOffset> ZONES = new Lexicon<ZoneOffset>()
      .put(ZoneOffset.UTC, "gmt", "utc", "z", "غرينتش", "جرينتش", "غرينيتش")
      .put(ZoneOffset.ofHours(1), "cet", "bst", "wat")
      .put(ZoneOffset.ofHours(2), "cest", "eet", "sast")
      .put(ZoneOffset.ofHours(3), "eest", "msk", "ast", "مكة", "السعودية", "الرياض")
      .put(ZoneOffset.ofHours(4), "gst")
      .put(ZoneOffset.ofHoursMinutes(5, 30), "ist")
      .put(ZoneOffset.ofHours(-4), "edt")
      .put(ZoneOffset.ofHours(-5), "est", "cdt")
      .put(ZoneOffset.ofHours(-6), "cst", "mdt")
      .put(ZoneOffset.ofHours(-7), "mst", "pdt")
      .put(ZoneOffset.ofHours(-8), "pst");

  private ZoneGrammar() {}

  static Piece at(TimeContext c, int i) {
    int k = i;
    boolean paren = c.is(k, "(");
    k = paren ? k + 1 : k;
    if (c.is(k, "بتوقيت") || c.is(k, "توقيت")) {
      k++;
    }
    Lexicon.Hit<ZoneOffset> zone = c.at(ZONES, k);
    if (zone == null || (k == i && c.w(k).length() == 1)) {
      return null;
    }
    int next = paren && c.is(zone.next(), ")") ? zone.next() + 1 : zone.next();
    return new Piece(new Term.Zone(zone.value()), next, true);
  }
}
