package com.romna.understanding;

/** A time expression found in the tokens [start, next) and what it resolves to (null: a time we cannot say). */
record TimeMatch(TimeValue value, Term term, int start, int next) {

  int length() {
    return next - start;
  }
}
