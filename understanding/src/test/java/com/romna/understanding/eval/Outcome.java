package com.romna.understanding.eval;

/**
 * One corpus row scored. {@code bucket} keeps apart what the acceptance counts ("scored") from
 * holiday rows and rows that only resolve when ambiguous readings are allowed ("latent").
 */
record Outcome(String file, Kind kind, String lang, boolean negative, Bucket bucket, boolean correct,
    String text, String expected, String got) {

  enum Kind { TIME, DURATION, INTENT }

  enum Bucket { SCORED, HOLIDAY, LATENT }
}
