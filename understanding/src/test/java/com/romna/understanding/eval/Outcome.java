package com.romna.understanding.eval;

/**
 * One corpus row scored. {@code bucket} keeps apart what the acceptance counts ("scored") from holiday
 * rows, rows that only resolve when ambiguous readings are allowed ("latent"), and rows whose meant time is
 * already past ("past": a plan cannot be set then; answering one with a past time is still wrong) and open
 * intervals without a start ("open", "until 5pm").
 */
record Outcome(String file, Kind kind, String lang, boolean negative, Bucket bucket, Verdict verdict,
    String text, String expected, String got) {

  enum Kind { TIME, DURATION, INTENT }

  enum Bucket { SCORED, HOLIDAY, LATENT, PAST, OPEN }

  /** Right, refused (no time: the user is asked again) or wrong (another time: the worst outcome). */
  enum Verdict { RIGHT, REFUSED, WRONG }

  boolean correct() {
    return verdict == Verdict.RIGHT;
  }

  static Verdict of(boolean right) {
    return right ? Verdict.RIGHT : Verdict.WRONG;
  }
}
