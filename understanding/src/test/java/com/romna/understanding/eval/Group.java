package com.romna.understanding.eval;

/** The groups the acceptance sets a goal for (holiday and latent rows are never in them). */
enum Group {
  TIME_EN("time, English", 90) {
    @Override
    boolean test(Outcome o) {
      return o.kind() == Outcome.Kind.TIME && !o.negative() && "en".equals(o.lang());
    }
  },
  TIME_AR("time, Arabic", 85) {
    @Override
    boolean test(Outcome o) {
      return o.kind() == Outcome.Kind.TIME && !o.negative() && "ar".equals(o.lang());
    }
  },
  DURATION("duration, both languages", 95) {
    @Override
    boolean test(Outcome o) {
      return o.kind() == Outcome.Kind.DURATION && !o.negative();
    }
  },
  NEGATIVES("time and duration negatives", 100) {
    @Override
    boolean test(Outcome o) {
      return o.kind() != Outcome.Kind.INTENT && o.negative();
    }
  },
  INTENTS("intents and plan commands", 95) {
    @Override
    boolean test(Outcome o) {
      return o.kind() == Outcome.Kind.INTENT && !o.negative();
    }
  },
  INTENT_NEGATIVES("intent negatives", 100) {
    @Override
    boolean test(Outcome o) {
      return o.kind() == Outcome.Kind.INTENT && o.negative();
    }
  };

  final String label;
  final int goal;

  Group(String label, int goal) {
    this.label = label;
    this.goal = goal;
  }

  abstract boolean test(Outcome o);
}
