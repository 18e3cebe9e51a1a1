package com.romna.understanding;

import com.romna.understanding.time.Fields;

/**
 * What a plan says, cut out of the transcript: a reminder's or alarm's {@code title}; an e-mail's
 * {@code subject} and {@code body}; a WhatsApp message's text in {@code body}. Fields an intent does not
 * use stay null; so does a field nothing was said for.
 */
public record Content(String title, String subject, String body) {

  public static Content titled(String title) {
    return new Content(title, null, null);
  }

  public static Content email(String subject, String body) {
    return new Content(null, subject, body);
  }

  public static Content message(String text) {
    return new Content(null, null, text);
  }
}
