package com.romna.api.voice;

import com.romna.api.plans.Plan;
import com.romna.understanding.PlanCommand;
import com.romna.workflows.PlanPayload;
import com.romna.workflows.PlanStatus;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which of the caller's plans a voice command is about, from what was said: the kind, the words that
 * name it ("medicine", "الدوا"), the time it was set for ("my 6 am alarm"), "the last one". Only
 * plans a command can act on are candidates; several left means the user must say which.
 */
final class PlanMatcher {

  private PlanMatcher() {}

  static List<Plan> find(List<Plan> live, PlanCommand c, Instant at, ZoneId zone) {
    boolean listing = c.action() == PlanCommand.Action.LIST || c.action() == PlanCommand.Action.QUERY;
    boolean moving = c.action() == PlanCommand.Action.SNOOZE || c.action() == PlanCommand.Action.RESCHEDULE;
    // a reminder or alarm that just rang can still be put off ("خليها بعد ساعة"): its workflow waits for that
    Stream<Plan> candidates = live.stream()
        .filter(p -> !p.status().isTerminal() || moving && p.status() == PlanStatus.EXECUTED)
        .filter(p -> c.target() == null || PlanShapes.kind(p.intentType()) == c.target())
        .filter(p -> c.about() == null || named(p, c.about()));
    if (at != null) {
      candidates = listing
          ? candidates.filter(p -> p.scheduledFor().atZone(zone).toLocalDate().equals(at.atZone(zone).toLocalDate()))
          : sameClock(candidates.toList(), at, zone).stream();
    }
    List<Plan> found = candidates.toList();
    if (c.last() && !found.isEmpty()) { // two made at the same instant are both "the last one": ask
      Instant newest = found.stream().map(Plan::createdAt).max(Comparator.naturalOrder()).orElseThrow();
      return found.stream().filter(p -> p.createdAt().equals(newest)).toList();
    }
    boolean unnamed = c.target() == null && c.about() == null && at == null;
    if (moving && unnamed && found.size() > 1) {
      // "snooze it", "خليها بعد ساعة": the one that just rang, when there is one
      List<Plan> rang = found.stream().filter(p -> p.status() == PlanStatus.EXECUTED).toList();
      return rang.isEmpty() ? found : rang;
    }
    return found;
  }

  /** "my 6 am alarm": set for that time of day; the same date wins when several are. */
  private static List<Plan> sameClock(List<Plan> plans, Instant at, ZoneId zone) {
    LocalTime clock = at.atZone(zone).toLocalTime();
    List<Plan> atClock = plans.stream()
        .filter(p -> p.scheduledFor().atZone(zone).toLocalTime().withSecond(0).withNano(0).equals(clock.withSecond(0)))
        .toList();
    List<Plan> sameDay = atClock.stream()
        .filter(p -> p.scheduledFor().atZone(zone).toLocalDate().equals(at.atZone(zone).toLocalDate()))
        .toList();
    return sameDay.size() == 1 ? sameDay : atClock;
  }

  private static boolean named(Plan plan, String about) {
    Set<String> said = words(about);
    Set<String> own = words(text(plan.payload()));
    return said.stream().anyMatch(w -> own.stream().anyMatch(o -> alike(w, o)));
  }

  private static boolean alike(String said, String own) {
    if (said.length() < 3 || own.length() < 3) {
      return said.equals(own);
    }
    return own.startsWith(said) || said.startsWith(own);
  }

  /** What the plan says, to match the words that name it. */
  static String text(PlanPayload p) {
    return p == null ? "" : Stream.of(p.title(), p.label(), p.subject(), p.body(), p.message())
        .filter(Objects::nonNull).collect(Collectors.joining(" "));
  }

  /** Lower case, Arabic letters in one spelling, without "ال" and the prepositions glued to it. */
  static Set<String> words(String text) {
    String plain = text.toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[\\u064B-\\u065F\\u0670\\u0640]", "")
        .replaceAll("[أإآ]", "ا").replace('ة', 'ه').replace('ى', 'ي').replace('ؤ', 'و').replace('ئ', 'ي');
    return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+"))
        .map(w -> w.replaceAll("^(بال|وال|فال|كال|لل|ال)(?=\\p{L}{2})", "").replaceAll("ء$", ""))
        .filter(w -> !w.isBlank())
        .collect(Collectors.toSet());
  }
}
