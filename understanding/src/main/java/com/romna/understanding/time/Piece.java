package com.romna.understanding.time;

/**
 * A piece of a time expression ending before token {@code next}. A latent piece ("7", "morning",
 * "1974") only counts next to another piece: alone it is too likely to mean something else.
 */
public record Piece(Term term, int next, boolean latent) {

  static Piece of(Term term, int next) {
    return new Piece(term, next, false);
  }

  static Piece cal(Fields f, int next) {
    return new Piece(new Term.Cal(f), next, false);
  }

  static Piece fix(Slot s, int next) {
    return new Piece(new Term.Fix(s), next, false);
  }

  Piece latent(boolean l) {
    return new Piece(term, next, l);
  }
}
