package com.romna.api.hygiene;

import java.net.IDN;
import java.util.regex.Pattern;

/**
 * An address we can send to: an RFC 5322 addr-spec (dot-atom or quoted-string local part) whose
 * domain is a host name (letters, digits and hyphens per label, internationalised names allowed,
 * at least two labels, a non-numeric top level). Domain literals like {@code [10.0.0.1]} are
 * valid addr-specs but never where a user's e-mail goes, so they are refused.
 */
public final class EmailAddresses {

  private static final int MAX_LENGTH = 254;
  private static final int MAX_LOCAL = 64;
  private static final String ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]";
  private static final Pattern DOT_ATOM = Pattern.compile(ATEXT + "+(\\." + ATEXT + "+)*");
  // qtext is printable ASCII but '"' and '\'; a quoted-pair escapes any printable character or a space.
  private static final Pattern QUOTED = Pattern.compile("\"([\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]|\\\\[\\x20-\\x7E])*\"");
  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

  private EmailAddresses() {}

  public static boolean isValid(String address) {
    if (address == null || address.length() > MAX_LENGTH) {
      return false;
    }
    int at = address.lastIndexOf('@');
    if (at <= 0 || at == address.length() - 1) {
      return false;
    }
    String local = address.substring(0, at);
    return local.length() <= MAX_LOCAL
        && (DOT_ATOM.matcher(local).matches() || QUOTED.matcher(local).matches())
        && isHostName(address.substring(at + 1));
  }

  private static boolean isHostName(String domain) {
    String ascii;
    try {
      ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
    } catch (IllegalArgumentException e) {
      return false;
    }
    String[] labels = ascii.split("\\.", -1);
    if (labels.length < 2 || ascii.length() > 253) {
      return false;
    }
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return !labels[labels.length - 1].chars().allMatch(Character::isDigit);
  }
}
