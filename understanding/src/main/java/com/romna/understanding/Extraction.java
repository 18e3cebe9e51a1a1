package com.romna.understanding;

/**
 * What another reader (a language model) says a transcript asks for, in words taken from it. Nothing
 * here is trusted: {@link ExtractionCheck} verifies it against the transcript and resolves the time
 * itself. There is deliberately no field for approval or for a computed time.
 *
 * @param intent what to create, or null
 * @param command a request about existing plans, or null
 * @param time the words that say when, as said ("بعد ساعتين", "tomorrow at 5pm"), or null
 * @param recipient the e-mail address or phone number as written, or null
 */
public record Extraction(
    Intent intent,
    PlanCommand.Action command,
    String time,
    String recipient,
    String title,
    String subject,
    String body,
    String message,
    String language) {

  /** Blank means not said; surrounding spaces are not part of what was said. */
  public Extraction {
    time = said(time);
    recipient = said(recipient);
    title = said(title);
    subject = said(subject);
    body = said(body);
    message = said(message);
    language = said(language);
  }

  private static String said(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
