package com.romna.understanding.time;

import com.romna.understanding.TimeValue;

/** A time expression found in the tokens [start, next) and what it resolves to (null: a time we cannot say). */
public record TimeMatch(TimeValue value, Term term, int start, int next) {

  int length() {
    return next - start;
  }
}
