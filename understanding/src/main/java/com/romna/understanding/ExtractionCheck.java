package com.romna.understanding;

import com.romna.understanding.recipients.RecipientFinder;
import com.romna.understanding.recipients.Recipients;
import com.romna.understanding.reply.Replies;
import com.romna.understanding.text.Language;
import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.Token;
import com.romna.understanding.text.Tokenizer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The rule layer's post-check of an {@link Extraction}: accepts it only as far as the rules can verify
 * it against the transcript, and rebuilds the interpretation from the transcript's own values. The
 * time is re-resolved from the phrase by our grammar in the user's zone relative to {@code now}; the
 * phrase, the recipient and the address or number must all occur in the transcript. Deterministic, no I/O.
 */
public final class ExtractionCheck {

  private ExtractionCheck() {}

  /** Either an interpretation that misses nothing, or why the extraction was rejected. */
  public record Checked(Interpretation interpretation, String rejection) {
    public boolean accepted() {
      return interpretation != null;
    }

    static Checked rejected(String why) {
      return new Checked(null, why);
    }
  }

  public static Checked check(Extraction e, String transcript, String localeHint, ZoneId zone, Instant now) {
    Checked c = read(e, transcript, localeHint, zone, now);
    return c.accepted()
        ? new Checked(c.interpretation().with(null, Replies.of(c.interpretation(), now.atZone(zone))), null) : c;
  }

  private static Checked read(Extraction e, String transcript, String localeHint, ZoneId zone, Instant now) {
    NormalisedText text = NormalisedText.of(transcript == null ? "" : transcript);
    List<Token> tokens = Tokenizer.tokenize(text, RecipientFinder.find(text));
    String language = Language.detect(tokens, localeHint); // ours, not the model's: deterministic
    if (e.time() != null && !PhraseTime.said(e.time(), tokens)) {
      return Checked.rejected("the time phrase does not occur in the transcript");
    }
    if (e.command() != null) {
      return command(e, language);
    }
    if (e.intent() == null) {
      return Checked.rejected("no intent");
    }
    Instant at = null;
    if (e.time() != null) {
      boolean dayOnlyAllowed = e.intent() != Intent.CREATE_ALARM; // as the rules: a day alone rings nobody
      at = PhraseTime.resolve(e.time(), now.atZone(zone), "ar".equals(language), dayOnlyAllowed);
      if (at == null) {
        return Checked.rejected("the time phrase names no future time the grammar can read");
      }
    }
    return switch (e.intent()) {
      case CREATE_REMINDER, CREATE_ALARM -> timed(e, at, language);
      case SEND_EMAIL, SEND_WHATSAPP -> message(e, at == null ? now : at, tokens, language);
    };
  }

  private static Checked timed(Extraction e, Instant at, String language) {
    if (at == null) {
      return Checked.rejected("no time");
    }
    boolean arabic = "ar".equals(language);
    Content content = Content.titled(e.title() != null ? e.title()
        : e.intent() == Intent.CREATE_REMINDER ? (arabic ? Understanding.REMINDER_AR : Understanding.REMINDER_EN)
        : (arabic ? Understanding.ALARM_AR : Understanding.ALARM_EN));
    return ok(e.intent(), at, content, null, language);
  }

  private static Checked message(Extraction e, Instant at, List<Token> tokens, String language) {
    boolean email = e.intent() == Intent.SEND_EMAIL;
    if (e.recipient() == null) {
      return Checked.rejected("no recipient");
    }
    Optional<String> to = email ? Recipients.email(e.recipient(), tokens) : Recipients.phone(e.recipient(), tokens);
    if (to.isEmpty()) {
      return Checked.rejected(email
          ? "the recipient is not an e-mail address of the transcript"
          : "the recipient is not a phone number of the transcript");
    }
    if (email) {
      String subject = first(e.subject(), e.body());
      String body = first(e.body(), e.subject());
      return subject == null ? Checked.rejected("no content")
          : ok(e.intent(), at, Content.email(subject, body), to.get(), language);
    }
    String message = first(e.message(), e.body());
    return message == null ? Checked.rejected("no content")
        : ok(e.intent(), at, Content.message(message), to.get(), language);
  }

  private static Checked command(Extraction e, String language) {
    Duration delay = null;
    if (e.command() == PlanCommand.Action.SNOOZE && e.time() != null) {
      Optional<DurationValue> d = Durations.parse(e.time(), language);
      if (d.isEmpty()) {
        return Checked.rejected("the snooze time is not a duration");
      }
      delay = Duration.ofSeconds(d.get().seconds());
    }
    PlanCommand command = new PlanCommand(e.command(), e.intent() == null ? null : e.intent().kind(), delay);
    return new Checked(Interpretation.none(language, List.of(), command), null);
  }

  private static Checked ok(Intent intent, Instant at, Content content, String to, String language) {
    return new Checked(new Interpretation(intent, at, content, to, language, List.of()), null);
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }
}
