package com.romna.understanding.intents;

import com.romna.understanding.DurationValue;
import com.romna.understanding.Durations;
import com.romna.understanding.Intent;
import com.romna.understanding.PlanCommand;
import com.romna.understanding.PlanKind;
import com.romna.understanding.duration.DurationUnits;
import com.romna.understanding.text.Lexicon;
import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.Token;
import com.romna.understanding.text.Words;
import com.romna.understanding.time.RequestTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Requests and questions about plans that exist: "cancel my 7 am alarm", "snooze the alarm 10 minutes",
 * "move my dentist reminder to 5pm", "show my reminders", "did I set a reminder for the dentist", "الغي
 * التذكير"، "أجّل المنبه ١٠ دقايق"، "وش عندي بكرة". The verb must come before any command word that creates a
 * plan, so "remind me to cancel the alarm" stays a reminder; and apart from "snooze" and "غفوة" it must be
 * about a plan ("cancel the meeting" is not one of ours). A request that opens with a question word asks
 * about plans and never creates one.
 */
public final class PlanCommands {
  private static final int NOUN_WINDOW = 5;
  private static final Set<String> OPENERS = Words.set("what", "what's", "whats", "when", "when's", "which",
      "did", "do", "does", "is", "are", "have", "has", "how", "هل", "متى", "وش", "شو", "ايش", "إيش", "ماذا", "كم",
      "امتى", "إمتى", "فين", "وين", "ليش");
  /** "هل ممكن تذكرني", "do you mind waking me": a request phrased as a question. */
  private static final Set<String> POLITE = Words.set("you", "ممكن", "تقدر", "تقدري", "تقدرين", "يمكنك",
      "بإمكانك", "تستطيع", "بتقدر", "تقدرى", "ينفع", "فيك");
  private static final Set<String> LAST = Words.set("last", "latest", "previous", "recent", "آخر", "الأخير",
      "الاخيرة", "الأخيرة", "اخر");
  private static final Set<String> NEW_TIME = Words.set("to", "for", "until", "till", "إلى", "الى", "لـ", "ل",
      "على", "لين", "لحد", "لبعد");
  private static final Set<String> FILLER = Words.set("my", "the", "a", "an", "all", "of", "for", "me", "i",
      "please", "set", "at", "on", "is", "are", "it", "that", "this", "any", "have", "do", "did", "did i", "up",
      "about", "with", "from", "time", "what", "when", "new", "one", "كل", "جميع", "حق", "تبع", "من", "على",
      "في", "عن", "عندي", "لدي", "لي", "اللي", "الي", "يا", "هل", "و", "then", "there", "got", "much", "many");

  private PlanCommands() {}

  /** @param create the command word that creates a plan, if any ({@link IntentDetector}) */
  public static PlanCommand detect(NormalisedText text, List<Token> tokens, IntentDetector.Match create, ZonedDateTime now,
      boolean arabic) {
    int stop = Math.min(tokens.size(), 12);
    for (int i = 0; i < stop; i++) {
      PlanCommandWords.Verb verb = PlanCommandWords.verb(tokens, i);
      if (verb == null) {
        continue;
      }
      if (create != null && create.start() <= i) {
        return null; // "remind me to cancel the alarm" creates a reminder
      }
      int at = noun(tokens, verb, i);
      if (at < 0 && !verb.alone()) {
        continue;
      }
      PlanKind target = at >= 0 ? PlanCommandWords.target(tokens, at) : verb.target();
      return command(verb.action(), target, text, tokens, i, i + verb.length(), at, now, arabic);
    }
    if (Words.in(tokens, 0, OPENERS) && !Words.in(tokens, 1, POLITE) && !Words.in(tokens, 2, POLITE)) {
      int at = -1;
      for (int k = 0; k < tokens.size() && at < 0; k++) {
        at = PlanCommandWords.isNoun(tokens, k) || create != null && k == create.start() ? k : -1;
      }
      if (at >= 0 || create != null) { // "did i set a reminder for the dentist", "when do I wake up"
        PlanKind target = at >= 0 ? PlanCommandWords.target(tokens, at) : null;
        target = target == null && create != null ? create.intent().kind() : target;
        return command(PlanCommand.Action.QUERY, target, text, tokens, 0, 1, at, now, arabic);
      }
    }
    return null;
  }

  /** The command with what the rest of the words say about its plan: its name, its time, a new time. */
  private static PlanCommand command(PlanCommand.Action action, PlanKind target, NormalisedText text,
      List<Token> tokens, int verbFrom, int verbTo, int noun, ZonedDateTime now, boolean arabic) {
    boolean[] taken = new boolean[tokens.size()];
    java.util.Arrays.fill(taken, verbFrom, verbTo, true);
    if (noun >= 0) {
      taken[noun] = true;
    }
    int split = tokens.size();
    if (action == PlanCommand.Action.RESCHEDULE) {
      for (int k = verbTo; k < tokens.size() && split == tokens.size(); k++) {
        split = !taken[k] && Words.in(tokens, k, NEW_TIME) && k > verbTo ? k : split;
      }
    }
    Duration delay = null;
    if (action == PlanCommand.Action.SNOOZE) {
      Optional<DurationValue> d = Durations.parse(text.text(), arabic ? "ar" : "en");
      delay = d.map(v -> Duration.ofSeconds(v.seconds())).orElse(null);
    }
    RequestTime.Reading was = RequestTime.read(text, tokens, taken, split, now, arabic, true);
    Instant to = null;
    if (split < tokens.size()) {
      boolean[] before = new boolean[tokens.size()];
      java.util.Arrays.fill(before, 0, split + 1, true);
      RequestTime.Reading moved = RequestTime.read(text, tokens, before, tokens.size(), now, arabic, true);
      to = moved.at();
      java.util.Arrays.fill(taken, split, tokens.size(), true);
    }
    boolean last = false;
    StringBuilder about = new StringBuilder();
    for (int k = 0; k < tokens.size(); k++) {
      boolean free = !taken[k] && !was.used()[k] && tokens.get(k).isWord();
      last |= free && Words.in(tokens, k, LAST);
      if (free && !Words.in(tokens, k, LAST) && !Words.in(tokens, k, FILLER)
          && !PlanCommandWords.isNoun(tokens, k) && !Words.in(tokens, k, OPENERS)
          && (delay == null || !DurationUnits.WORDS.has(List.of(tokens.get(k)), 0)
              && !Words.allDigits(tokens.get(k).text()))) {
        about.append(about.length() == 0 ? "" : " ").append(text.original(tokens.get(k).start(), tokens.get(k).end()));
      }
    }
    Instant at = action == PlanCommand.Action.SNOOZE ? null : was.at();
    return new PlanCommand(action, target, about.length() == 0 ? null : about.toString(), at, last, delay, to);
  }

  /** The plan noun the verb is about: after it for cancel and snooze, anywhere near it for a question. */
  private static int noun(List<Token> tokens, PlanCommandWords.Verb verb, int i) {
    boolean question = verb.action() == PlanCommand.Action.LIST || verb.action() == PlanCommand.Action.QUERY;
    int from = question ? Math.max(0, i - NOUN_WINDOW) : i + verb.length();
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
}
