package com.romna.understanding;

import com.romna.understanding.content.ContentExtractor;
import com.romna.understanding.intents.IntentDetector;
import com.romna.understanding.intents.PlanCommands;
import com.romna.understanding.intents.Questions;
import com.romna.understanding.prayer.Places;
import com.romna.understanding.prayer.PrayerRules;
import com.romna.understanding.recipients.RecipientFinder;
import com.romna.understanding.recipients.RecipientNames;
import com.romna.understanding.recurrence.RecurrenceReading;
import com.romna.understanding.recurrence.Recurrences;
import com.romna.understanding.reply.Replies;
import com.romna.understanding.text.Language;
import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.Token;
import com.romna.understanding.text.Tokenizer;
import com.romna.understanding.time.BareHours;
import com.romna.understanding.time.RequestTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Understands a voice transcript (Arabic or English, often mixed with an address or a number):
 * which intent, when, for whom and with what content. Rule-based and deterministic, so the same
 * transcript at the same {@code now} always means the same thing. Stateless and thread-safe.
 */
public final class Understanding {
  public static final String REMINDER_AR = "تذكير";
  public static final String REMINDER_EN = "Reminder";
  static final String ALARM_AR = "منبه";
  static final String ALARM_EN = "Alarm";

  private final int afterPrayerMinutes;
  private final int beforePrayerMinutes;

  public Understanding() {
    this(20, 15);
  }

  /**
   * @param afterPrayerMinutes how long after a prayer "after maghrib" is (the prayer itself takes about 20 minutes)
   * @param beforePrayerMinutes how long before it "before maghrib" is, when no amount is said
   */
  public Understanding(int afterPrayerMinutes, int beforePrayerMinutes) {
    this.afterPrayerMinutes = afterPrayerMinutes;
    this.beforePrayerMinutes = beforePrayerMinutes;
  }

  /**
   * @param localeHint the client's locale ("ar", "en-US"...), used only when the script is a tie
   * @param zone the user's time zone: "tomorrow at 9" is 09:00 there
   * @param now the reference instant for relative expressions
   */
  public Interpretation interpret(String transcript, String localeHint, ZoneId zone, Instant now) {
    return interpret(transcript, localeHint, zone, now, null);
  }

  /**
   * @param location where the user is, for prayer times ("بعد المغرب"); null: the principal city of {@code zone}
   */
  public Interpretation interpret(String transcript, String localeHint, ZoneId zone, Instant now, Place location) {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(now, "now");
    Place place = location != null ? location : Places.of(zone);
    Interpretation in = read(transcript, localeHint, zone, now,
        new PrayerRules(place, afterPrayerMinutes, beforePrayerMinutes));
    return in.with(in.place(), Replies.of(in, now.atZone(zone)));
  }

  private Interpretation read(String transcript, String localeHint, ZoneId zone, Instant now, PrayerRules prayers) {
    NormalisedText text = NormalisedText.of(transcript == null ? "" : transcript);
    List<Token> tokens = Tokenizer.tokenize(text, RecipientFinder.find(text));
    String language = Language.detect(tokens, localeHint);
    if (Questions.aboutTheAssistant(tokens)) { // "how do I set an alarm?" asks for nothing
      return Interpretation.none(language, List.of("intent"), null);
    }
    IntentDetector.Match command = IntentDetector.detect(tokens);
    PlanCommands.Found existing = PlanCommands.detect(text, tokens, command, now.atZone(zone), "ar".equals(language));
    if (existing != null) {
      return Interpretation.none(language, List.of(), existing.command()).with(null, existing.timeProblem());
    }
    if (command == null) {
      return Interpretation.none(language, List.of("intent"), null);
    }
    Request request = new Request(text, tokens, command, language, now.atZone(zone), prayers);
    return switch (command.intent()) {
      case CREATE_REMINDER, CREATE_ALARM -> timed(request);
      case SEND_EMAIL, SEND_WHATSAPP -> message(request);
    };
  }

  private record Request(NormalisedText text, List<Token> tokens, IntentDetector.Match command,
      String language, ZonedDateTime now, PrayerRules prayers) {

    boolean[] commandWords() {
      boolean[] used = new boolean[tokens.size()];
      java.util.Arrays.fill(used, command.start(), command.end(), true);
      return used;
    }

    boolean arabic() {
      return "ar".equals(language);
    }
  }

  private static Interpretation timed(Request r) {
    boolean reminder = r.command().intent() == Intent.CREATE_REMINDER;
    boolean[] used = r.commandWords();
    RecurrenceReading.Said repeats = RecurrenceReading.find(r.text(), r.tokens(), used, r.now(), r.arabic());
    // alarms need a clock time or a delay: "wake me up tomorrow" does not say when
    RequestTime.Reading time = RequestTime.read(r.text(), r.tokens(), used, r.tokens().size(), r.now(),
        r.arabic(), reminder || repeats != null, r.prayers());
    Instant at = time.at();
    Interpretation.TimeProblem problem = time.timeProblem();
    if (repeats != null && at != null && time.twelveHour()) { // "every day at 8": 08:00 (BareHours)
      ZonedDateTime local = at.atZone(r.now().getZone());
      int hour = BareHours.meant(local.getHour() % 12 == 0 ? 12 : local.getHour() % 12, !reminder);
      boolean undecided = hour == BareHours.UNDECIDED; // "every day at 3": at night or in the afternoon? ask
      problem = undecided ? Interpretation.TimeProblem.AMBIGUOUS : problem;
      ZonedDateTime meant = local.withHour(undecided ? local.getHour() : hour);
      List<java.time.DayOfWeek> days = repeats.every().byDay();
      boolean byDays = repeats.every().freq().equals("DAILY") || repeats.every().freq().equals("WEEKLY");
      for (int d = 0; byDays && d < 8 && (!meant.isAfter(r.now())
          || !days.isEmpty() && !days.contains(meant.getDayOfWeek())); d++) {
        meant = meant.plusDays(1); // the next day the rule names
      }
      at = undecided ? null : meant.isAfter(r.now()) ? meant.toInstant() : at;
    }
    if (repeats != null && at == null && !time.said() && repeats.every().freq().endsWith("LY")
        && (repeats.every().freq().equals("HOURLY") || repeats.every().freq().equals("MINUTELY"))) {
      // "every 2 hours": the first one is one interval from now
      Duration step = repeats.every().freq().equals("HOURLY") ? Duration.ofHours(repeats.every().interval())
          : Duration.ofMinutes(repeats.every().interval());
      at = r.now().toInstant().plus(step);
    }
    Recurrence recurrence = repeats == null ? null : RecurrenceReading.rule(repeats, r.text(), r.tokens(),
        at == null ? null : at.atZone(r.now().getZone()), time.clock(), r.now(), r.arabic());
    String title = ContentExtractor.title(r.text(), r.tokens(), used, time.used(), r.command().start());
    Content content = Content.titled(title != null ? title
        : reminder ? (r.arabic() ? REMINDER_AR : REMINDER_EN) : (r.arabic() ? ALARM_AR : ALARM_EN));
    return new Interpretation(r.command().intent(), at, content, null, r.language(),
        at == null ? List.of("time") : List.of()).with(recurrence, problem)
        .with(time.prayer() ? r.prayers().place() : null, null);
  }

  private static Interpretation message(Request r) {
    boolean email = r.command().intent() == Intent.SEND_EMAIL;
    List<Token> tokens = r.tokens();
    boolean[] used = r.commandWords();
    Token.Kind kind = email ? Token.Kind.EMAIL : Token.Kind.PHONE;
    int recipient = -1;
    for (int i = 0; i < tokens.size() && recipient < 0; i++) {
      recipient = tokens.get(i).kind() == kind ? i : -1;
    }
    if (recipient >= 0) {
      used[recipient] = true;
    }
    int marker = ContentExtractor.marker(tokens, used, r.command().end());
    // a time inside the content ("about meeting tomorrow") is what the message says, not when to send it
    int limit = marker < 0 ? tokens.size() : marker;
    RequestTime.Reading time = RequestTime.read(r.text(), tokens, used, limit, r.now(), r.arabic(), true,
        r.prayers());
    Instant at = time.said() ? time.at() : r.now().toInstant();
    // after the time, so "email tomorrow about…" names nobody; the name is looked up in contacts later
    RecipientNames.Found name = recipient >= 0 ? null
        : RecipientNames.find(r.text(), tokens, used, time.used(), r.command(), marker);
    if (name != null) {
      java.util.Arrays.fill(used, name.from(), name.to(), true);
    }
    String content = ContentExtractor.message(r.text(), tokens, used, time.used(), r.command().start(),
        marker, recipient);
    String to = recipient >= 0 ? tokens.get(recipient).text() : null;
    List<String> missing = new ArrayList<>();
    if (at == null) {
      missing.add("time");
    }
    if (to == null && name == null) {
      missing.add("recipient");
    }
    if (content == null) {
      missing.add("content");
    }
    Content said = email ? Content.email(content, content) : Content.message(content);
    return new Interpretation(r.command().intent(), at, said, to, r.language(), missing, null,
        name == null ? null : name.name()).with(null, time.timeProblem());
  }
}
