package com.romna.understanding.text;

/**
 * One word of a folded transcript, or a whole e-mail address or phone number. {@code start} and
 * {@code end} index the folded text. For addresses and numbers {@code text} is the value to send to:
 * an address, an E.164 number, or a national number with its leading "0" ("0501234567") that the
 * user's country code completes later.
 */
public record Token(String text, int start, int end, Kind kind) {

  public enum Kind {
    WORD,
    EMAIL,
    PHONE
  }

  public boolean isWord() {
    return kind == Kind.WORD;
  }
}
