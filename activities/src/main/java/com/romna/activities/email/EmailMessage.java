package com.romna.activities.email;

import com.romna.activities.delivery.DeliveryFailure;
import com.romna.workflows.PlanPayload;
import java.util.regex.Pattern;

/** The email as it leaves: the approved draft's subject and text, plus its HTML rendering. */
record EmailMessage(String subject, String text, String html) {

  private static final int SUBJECT_WORDS = 8;
  private static final int SUBJECT_CHARS = 60;
  private static final Pattern HEADER_BREAKS = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");

  static EmailMessage of(PlanPayload draft, String locale) {
    String body = blankToNull(draft.body());
    String subject = blankToNull(draft.subject());
    if (body == null && subject == null) {
      throw DeliveryFailure.rejected("the email draft has neither a subject nor a body", null);
    }
    // Resend needs a text; a draft that is only a subject ("meeting moved") says it all there.
    String text = body != null ? body : subject;
    String line = subject != null ? oneLine(subject) : firstWords(body);
    return new EmailMessage(line, text, EmailHtml.render(text, locale));
  }

  /** A subject is a header: no CR, LF or other control character may reach it, whatever the draft holds. */
  static String oneLine(String subject) {
    return HEADER_BREAKS.matcher(subject).replaceAll(" ").strip();
  }

  /** A subject for a draft without one: its first words on one line, marked when cut short. */
  static String firstWords(String body) {
    String[] words = body.strip().split("\\s+");
    StringBuilder subject = new StringBuilder();
    int used = 0;
    for (String word : words) {
      String next = used == 0 ? word : " " + word;
      if (used == SUBJECT_WORDS || subject.length() + next.length() > SUBJECT_CHARS) {
        break;
      }
      subject.append(next);
      used++;
    }
    if (used == 0) {
      return body.strip().substring(0, SUBJECT_CHARS) + "…";
    }
    return used < words.length ? subject + "…" : subject.toString();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
