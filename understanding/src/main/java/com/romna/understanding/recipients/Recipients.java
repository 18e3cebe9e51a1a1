package com.romna.understanding.recipients;

import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.Token;
import java.util.List;
import java.util.Optional;

/**
 * Matches a recipient someone else read to the addresses and numbers the rules found in the transcript,
 * and answers with the transcript's own value, so nothing outside the transcript can become a recipient.
 */
public final class Recipients {
  private static final String PHONE_SEPARATORS = " -.()";

  private Recipients() {}

  public static Optional<String> email(String claimed, List<Token> tokens) {
    String wanted = claimed.strip();
    return tokens.stream()
        .filter(t -> t.kind() == Token.Kind.EMAIL && t.text().equalsIgnoreCase(wanted))
        .map(Token::text)
        .findFirst();
  }

  /** "+966 50-123 4567" and "+٩٦٦٥٠١٢٣٤٥٦٧" match the transcript's +966501234567. */
  public static Optional<String> phone(String claimed, List<Token> tokens) {
    StringBuilder digits = new StringBuilder();
    for (char c : NormalisedText.fold(claimed.strip()).toCharArray()) {
      if (PHONE_SEPARATORS.indexOf(c) < 0) {
        digits.append(c);
      }
    }
    String wanted = digits.toString();
    return tokens.stream()
        .filter(t -> t.kind() == Token.Kind.PHONE && t.text().equals(wanted))
        .map(Token::text)
        .findFirst();
  }
}
