package com.romna.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The benchmark's transcripts: what people say, in Arabic and English, as plain text resources. */
public final class Transcripts {

  /** The zone of every benchmark request: the product's first market. */
  public static final String ZONE = "Asia/Riyadh";

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final List<String> DUE = lines("/bench/due.txt");

  private Transcripts() {}

  /** Mixed requests (reminders, alarms, e-mail and WhatsApp drafts), all in the future. */
  public static List<String> requests() {
    return lines("/bench/transcripts.txt");
  }

  /** The {@code i}-th reminder for the exact second {@code due}, said in the benchmark's zone. */
  public static String dueAt(int i, Instant due) {
    String time = CLOCK.format(due.atZone(ZoneId.of(ZONE)));
    return DUE.get(i % DUE.size()).replace("{time}", time);
  }

  static List<String> lines(String resource) {
    try (InputStream in = Transcripts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
