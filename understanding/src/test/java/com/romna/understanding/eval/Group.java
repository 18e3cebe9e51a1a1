package com.romna.understanding.eval;

/** The groups the acceptance sets goals for (holiday, latent, open and past rows are never in them). */
enum Group {
  TIME_EN("time, English", 92, 1) {
    @Override
    boolean test(Outcome o) {
      return o.kind() == Outcome.Kind.TIME && !o.negative() && "en".equals(o.lang());
    }
  },
  TIME_AR("time, Arabic", 88, 1) {
    @Override
    boolean test(Outcome o) {
      return o.kind() == Outcome.Kind.TIME && !o.negative() && "ar".equals(o.lang());
    }
  },
  DURATION("duration, both languages", 95, 5) {
    @Override
    boolean test(Outcome o) {
      return o.kind() == Outcome.Kind.DURATION && !o.negative();
    }
  },
  NEGATIVES("time and duration negatives", 100, 0) {
    @Override
    boolean test(Outcome o) {
      return o.kind() != Outcome.Kind.INTENT && o.negative();
    }
  },
  INTENTS("intents and plan commands", 95, 5) {
    @Override
    boolean test(Outcome o) {
      return o.kind() == Outcome.Kind.INTENT && !o.negative();
    }
  },
  INTENT_NEGATIVES("intent negatives", 100, 0) {
    @Override
    boolean test(Outcome o) {
      return o.kind() == Outcome.Kind.INTENT && o.negative();
    }
  };

  final String label;
  /** Right answers, in percent of the group's rows, at least. */
  final int goal;
  /** Wrong answers (another time than meant, another intent), in percent, at most. */
  final int maxWrong;

  Group(String label, int goal, int maxWrong) {
    this.label = label;
    this.goal = goal;
    this.maxWrong = maxWrong;
  }

  abstract boolean test(Outcome o);
}
