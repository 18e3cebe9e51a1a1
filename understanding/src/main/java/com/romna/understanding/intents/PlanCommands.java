package com.romna.understanding.intents;

import com.romna.understanding.DurationValue;
import com.romna.understanding.Durations;
import com.romna.understanding.Intent;
import com.romna.understanding.Interpretation;
import com.romna.understanding.PlanCommand;
import com.romna.understanding.PlanKind;
import com.romna.understanding.duration.DurationGrammar;
import com.romna.understanding.duration.DurationUnits;
import com.romna.understanding.numbers.NumberWords;
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
  private static final Set<String> FILLER = Words.set("my", "the", "a", "an", "all", "of", "for", "me", "i",
      "please", "set", "at", "on", "is", "are", "it", "that", "this", "any", "have", "do", "did", "did i", "up",
      "about", "with", "from", "time", "what", "when", "new", "one", "كل", "جميع", "حق", "تبع", "من", "على",
      "في", "عن", "عندي", "لدي", "لي", "اللي", "الي", "يا", "هل", "و", "then", "there", "got", "much", "many",
      "واحد", "وحدة", "واحدة");
  private static final Set<String> ONE = Words.set("one", "واحد", "وحدة", "واحدة");
  /** "delay my alarm by 10 minutes", "أجل المنبه لمدة ١٠ دقايق": words of the length, not of the plan's name. */
  private static final Set<String> LENGTH = Words.set("by", "another", "more", "extra", "لمدة", "مدة", "كمان");

  private PlanCommands() {}

  /** A command, and why its new time cannot be used when one was said but cannot be ("to Thursday at 5"). */
  public record Found(PlanCommand command, Interpretation.TimeProblem timeProblem) {}

  /** @param create the command word that creates a plan, if any ({@link IntentDetector}) */
  public static Found detect(NormalisedText text, List<Token> tokens, IntentDetector.Match create, ZonedDateTime now,
      boolean arabic) {
    int stop = Math.min(tokens.size(), 12);
    for (int i = 0; i < stop; i++) {
      PlanCommandWords.Verb verb = PlanCommandWords.verb(tokens, i);
      if (verb == null) {
        continue;
      }
      if (create != null && (create.start() <= i || verb.timeNext())) {
        return null; // "remind me to cancel the alarm" creates a reminder
      }
      int at = noun(tokens, verb, i);
      boolean lastOne = at < 0 && lastOne(tokens, i + verb.length());
      if (at < 0 && !verb.alone() && !lastOne) {
        continue;
      }
      PlanKind target = at >= 0 ? PlanCommandWords.target(tokens, at) : verb.target();
      Found found = command(verb, target, text, tokens, i, at, now, arabic);
      if (found != null) {
        return found;
      }
    }
    if (Words.in(tokens, 0, OPENERS) && !Words.in(tokens, 1, POLITE) && !Words.in(tokens, 2, POLITE)) {
      int at = -1;
      for (int k = 0; k < tokens.size() && at < 0; k++) {
        at = PlanCommandWords.isNoun(tokens, k) || create != null && k == create.start() ? k : -1;
      }
      if (at >= 0 || create != null) { // "did i set a reminder for the dentist", "when do I wake up"
        PlanKind target = at >= 0 ? PlanCommandWords.target(tokens, at) : null;
        target = target == null && create != null ? create.intent().kind() : target;
        PlanCommandWords.Verb query = new PlanCommandWords.Verb(PlanCommand.Action.QUERY, 1, true, null, false, false);
        return command(query, target, text, tokens, 0, at, now, arabic);
      }
    }
    return null;
  }

  /** "cancel the last one", "الغي الأخير", "الغي آخر واحد": the newest plan, whatever its kind. */
  private static boolean lastOne(List<Token> tokens, int from) {
    int k = from;
    while (k < tokens.size() && (!tokens.get(k).isWord() || Words.in(tokens, k, FILLER) && !Words.in(tokens, k, ONE))) {
      k++; // "the", "my"; not "الاشتراك" in "الغي الاشتراك الأخير" (the last subscription)
    }
    if (!Words.in(tokens, k, LAST)) {
      return false;
    }
    int next = k + 1;
    while (next < tokens.size() && !tokens.get(next).isWord()) {
      next++;
    }
    return next == tokens.size() || Words.in(tokens, next, ONE);
  }

  /**
   * The command with what the rest of the words say about its plan: its name, its time, a new time. Null when
   * a verb that carries "it" turns out not to be about a plan: a move by it with no time, "خليها" with no time
   * right after.
   */
  private static Found command(PlanCommandWords.Verb verb, PlanKind target, NormalisedText text,
      List<Token> tokens, int verbFrom, int noun, ZonedDateTime now, boolean arabic) {
    PlanCommand.Action action = verb.action();
    int verbTo = verbFrom + verb.length();
    boolean[] taken = new boolean[tokens.size()];
    java.util.Arrays.fill(taken, verbFrom, verbTo, true);
    if (noun >= 0) {
      taken[noun] = true;
    }
    // an alarm's bare hour is the morning's, as when it is set; a day alone does not say when it rings
    boolean dayOnly = target != PlanKind.ALARM;
    boolean moving = action == PlanCommand.Action.RESCHEDULE || action == PlanCommand.Action.SNOOZE;
    NewTime.Said said = moving ? NewTime.find(text, tokens, taken, verbTo, verb.it(), now, arabic, dayOnly) : null;
    RequestTime.Reading moved = said == null ? null : said.reading();
    int split = said == null ? tokens.size() : said.from();
    if (moved != null) {
      java.util.Arrays.fill(taken, split, tokens.size(), true);
    }
    Duration delay = null;
    if (action == PlanCommand.Action.SNOOZE && moved != null && moved.said()) {
      action = PlanCommand.Action.RESCHEDULE; // "postpone my reminder to tomorrow at 9": to a time, not by a length
    } else if (action == PlanCommand.Action.SNOOZE) {
      Optional<DurationValue> d = Durations.parse(text.text(), arabic ? "ar" : "en");
      delay = d.map(v -> Duration.ofSeconds(v.seconds())).orElse(null);
    }
    boolean rescheduling = action == PlanCommand.Action.RESCHEDULE;
    RequestTime.Reading was = RequestTime.read(text, tokens, taken, split, now, arabic, !rescheduling || dayOnly);
    // "move it" / "خليها" name no plan, so only a new time said right after them makes them about one
    boolean timeNext = verbTo < tokens.size() && (was.used()[verbTo] || said != null && said.startsAt(verbTo));
    if ((verb.it() && rescheduling || verb.timeNext()) && !timeNext) {
      return null;
    }
    boolean last = false;
    StringBuilder about = new StringBuilder();
    for (int k = 0; k < tokens.size(); k++) {
      boolean free = !taken[k] && !was.used()[k] && tokens.get(k).isWord();
      last |= free && Words.in(tokens, k, LAST);
      if (free && !Words.in(tokens, k, LAST) && !Words.in(tokens, k, FILLER)
          && (!PlanCommandWords.isNoun(tokens, k) || PlanCommandWords.names(tokens, k) && noun >= 0)
          && !Words.in(tokens, k, OPENERS)
          && (delay == null || !lengthWord(tokens, k))) {
        about.append(about.length() == 0 ? "" : " ").append(text.original(tokens.get(k).start(), tokens.get(k).end()));
      }
    }
    Instant at = action == PlanCommand.Action.SNOOZE ? null : was.at();
    Instant to = moved == null ? null : moved.at();
    Interpretation.TimeProblem problem = !rescheduling ? null
        : moved != null && moved.said() ? moved.timeProblem() : to == null ? was.timeProblem() : null;
    return new Found(new PlanCommand(action, target, about.length() == 0 ? null : about.toString(), at, last, delay,
        to), problem);
  }

  /** A word of a snooze's length ("10", "ten", "ربع", "دقايق"), not of the plan's name. */
  private static boolean lengthWord(List<Token> tokens, int k) {
    String w = tokens.get(k).text();
    return DurationUnits.WORDS.has(List.of(tokens.get(k)), 0) || Words.allDigits(w)
        || NumberWords.WORDS.containsKey(w) || DurationGrammar.FRACTIONS.containsKey(w) || LENGTH.contains(w);
  }

  /**
   * The plan noun the verb is about: after it for cancel and snooze, anywhere near it for a question. A noun of a
   * kind wins over a general one: in "غيّر موعد تذكير الاجتماع" the plan is a reminder, and "الاجتماع" names it.
   */
  private static int noun(List<Token> tokens, PlanCommandWords.Verb verb, int i) {
    boolean question = verb.action() == PlanCommand.Action.LIST || verb.action() == PlanCommand.Action.QUERY;
    int from = question ? Math.max(0, i - NOUN_WINDOW) : i + verb.length();
    int to = Math.min(tokens.size(), i + verb.length() + NOUN_WINDOW);
    int general = -1;
    for (int k = from; k < to; k++) {
      if (k >= i && k < i + verb.length()) {
        continue;
      }
      if (PlanCommandWords.isNoun(tokens, k)) {
        if (PlanCommandWords.target(tokens, k) != null) {
          return k;
        }
        general = general < 0 ? k : general;
      }
    }
    return general;
  }
}
