package com.romna.understanding;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Requests about plans that exist: "cancel my reminder", "snooze the alarm 10 minutes", "show my
 * reminders", "الغي التذكير"، "أجّل المنبه ١٠ دقايق"، "وش عندي تذكيرات". The verb must come before any
 * command word that creates a plan, so "remind me to cancel the alarm" stays a reminder; and apart from
 * "snooze" and "غفوة" it must be about a plan ("cancel the meeting" is not one of ours).
 */
final class PlanCommands {
  private static final int NOUN_WINDOW = 5;

  private PlanCommands() {}

  static PlanCommand detect(List<Token> tokens, String transcript) {
    IntentDetector.Match create = IntentDetector.detect(tokens);
    int stop = Math.min(tokens.size(), 12);
    for (int i = 0; i < stop; i++) {
      PlanCommandWords.Verb verb = PlanCommandWords.verb(tokens, i);
      if (verb == null) {
        continue;
      }
      if (create != null && create.start() < i) {
        return null; // "remind me to cancel the alarm" creates a reminder
      }
      int at = noun(tokens, verb, i);
      if (at < 0 && !verb.alone()) {
        continue;
      }
      PlanKind target = at >= 0 ? PlanCommandWords.target(tokens, at) : verb.target();
      Duration delay = verb.action() == PlanCommand.Action.SNOOZE ? delay(transcript) : null;
      return new PlanCommand(verb.action(), target, delay);
    }
    return null;
  }

  /** The plan noun the verb is about: after it for cancel and snooze, anywhere near it for a question. */
  private static int noun(List<Token> tokens, PlanCommandWords.Verb verb, int i) {
    int from = verb.action() == PlanCommand.Action.LIST ? Math.max(0, i - NOUN_WINDOW) : i + verb.length();
    int to = Math.min(tokens.size(), i + verb.length() + NOUN_WINDOW);
    for (int k = from; k < to; k++) {
      if (k >= i && k < i + verb.length()) {
        continue;
      }
      if (PlanCommandWords.isNoun(tokens, k)) {
        return k;
      }
    }
    return -1;
  }

  private static Duration delay(String transcript) {
    Optional<DurationValue> d = Durations.parse(transcript, null);
    return d.map(v -> Duration.ofSeconds(v.seconds())).orElse(null);
  }
}
