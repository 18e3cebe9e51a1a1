package com.romna.understanding.eval;

import com.romna.understanding.Interpretation;
import com.romna.understanding.Understanding;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores a row of the intent corpus: the intent (or a command about existing plans, or nothing) and, where
 * the row gives them, payload fields and the local time the plan is due.
 */
final class IntentScorer {
  static final Instant DEFAULT_NOW = Instant.parse("2026-11-25T17:00:00Z");
  static final String DEFAULT_ZONE = "Asia/Riyadh";
  private static final Understanding UNDERSTANDING = new Understanding();

  private IntentScorer() {}

  static Outcome score(String file, Map<String, Object> row) {
    String text = String.valueOf(row.get("text"));
    String lang = String.valueOf(row.getOrDefault("lang", "en"));
    Object intent = row.get("intent");
    Object command = row.get("command");
    ZoneId zone = ZoneId.of(String.valueOf(row.getOrDefault("zone", DEFAULT_ZONE)));
    Object at = row.get("reference_time");
    Instant now = at == null ? DEFAULT_NOW : Instant.parse(String.valueOf(at));
    Interpretation i = UNDERSTANDING.interpret(text, lang, zone, now);
    List<String> wrong = new ArrayList<>();
    String gotIntent = i.intent() == null ? null : i.intent().wire();
    String gotCommand = i.command() == null ? null : i.command().action().wire();
    check(wrong, "intent", intent, gotIntent);
    check(wrong, "command", command, gotCommand);
    if (intent == null && command == null && !i.missing().contains("intent")) {
      wrong.add("missing=" + i.missing());
    }
    if (row.get("expected") instanceof Map<?, ?> fields) {
      for (Map.Entry<?, ?> f : fields.entrySet()) {
        check(wrong, String.valueOf(f.getKey()), f.getValue(), field(i, String.valueOf(f.getKey()), zone));
      }
    }
    String got = "intent=" + gotIntent + " command=" + gotCommand + " at=" + i.scheduledFor() + " payload="
        + i.content() + " to=" + i.recipient() + " missing=" + i.missing();
    return new Outcome(file, Outcome.Kind.INTENT, lang, intent == null && command == null,
        Outcome.Bucket.SCORED, Outcome.of(wrong.isEmpty()), text, "intent=" + intent + " command=" + command, got
            + (wrong.isEmpty() ? "" : " WRONG " + wrong));
  }

  private static void check(List<String> wrong, String name, Object want, Object got) {
    if (!Objects.equals(text(want), text(got))) {
      wrong.add(name + "=" + got);
    }
  }

  /** JSON numbers arrive as doubles: 600.0 and 600 are the same answer. */
  private static String text(Object v) {
    if (v instanceof Double d && d == Math.rint(d)) {
      return String.valueOf(d.longValue());
    }
    return v == null ? null : String.valueOf(v);
  }

  private static Object field(Interpretation i, String name, ZoneId zone) {
    return switch (name) {
      case "scheduled_for" -> i.scheduledFor() == null ? null
          : LocalDateTime.ofInstant(i.scheduledFor(), zone).toString();
      case "delay_seconds" -> i.command() == null || i.command().delay() == null ? null
          : i.command().delay().getSeconds();
      case "target" -> i.command() == null || i.command().target() == null ? null
          : i.command().target().name().toLowerCase(java.util.Locale.ROOT);
      case "missing" -> String.join(",", i.missing());
      case "recipient_name" -> i.recipientName();
      default -> payloadField(i, name);
    };
  }

  private static Object payloadField(Interpretation i, String name) {
    var p = i.content();
    if (name.equals("to")) {
      return i.recipient();
    }
    if (p == null) {
      return null;
    }
    return switch (name) {
      case "title", "label" -> p.title();
      case "subject" -> p.subject();
      case "body", "message" -> p.body();
      default -> "no field " + name;
    };
  }
}
