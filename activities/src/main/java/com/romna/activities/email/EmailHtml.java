package com.romna.activities.email;

/**
 * The HTML part of an email: the draft's text, escaped, with its line breaks, in a block whose
 * direction matches the language. Without {@code dir="rtl"} mail clients lay Arabic out
 * left-aligned with punctuation on the wrong side.
 */
final class EmailHtml {

  private EmailHtml() {}

  static String render(String text, String locale) {
    String escaped = escape(text).replace("\r\n", "\n").replace('\r', '\n').replace("\n", "<br>\n");
    String open =
        isRightToLeft(text, locale)
            ? "<div dir=\"rtl\" lang=\"ar\" style=\"text-align:right\">"
            : "<div dir=\"ltr\">";
    return open + escaped + "</div>";
  }

  /**
   * Decided by the text itself: more right-to-left letters (Arabic script) than left-to-right ones.
   * An Arabic-speaking user may well dictate an English email, so the locale only decides when the
   * text has no letters at all.
   */
  static boolean isRightToLeft(String text, String locale) {
    int rtl = 0;
    int ltr = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      switch (Character.getDirectionality(cp)) {
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT,
            Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC ->
            rtl++;
        case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> ltr++;
        default -> {}
      }
      i += Character.charCount(cp);
    }
    if (rtl == 0 && ltr == 0) {
      return locale != null && locale.toLowerCase().startsWith("ar");
    }
    return rtl > ltr;
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
