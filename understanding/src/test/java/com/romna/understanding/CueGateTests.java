package com.romna.understanding;

import com.romna.understanding.prayer.Places;
import com.romna.understanding.prayer.PrayerRules;
import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.TimeTokens;
import com.romna.understanding.text.Token;
import com.romna.understanding.time.Cues;
import com.romna.understanding.time.Piece;
import com.romna.understanding.time.TermResolver;
import com.romna.understanding.time.TimeContext;
import com.romna.understanding.time.TimeGrammar;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.understanding.eval.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The grammar skips words no rule starts with ({@link Cues}); skipping must change no answer. Every phrase of
 * the corpora, alone and inside a request, is read at every token with the gate and without it.
 */
class CueGateTests {
  private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 20, 0, 0, 0, ZoneId.of("Asia/Riyadh"));
  private static final PrayerRules RIYADH = new PrayerRules(Places.of(ZoneId.of("Asia/Riyadh")), 20, 15);

  @Test
  void skippingWordsNoRuleStartsWithChangesNothing() throws IOException {
    List<String> texts = texts();
    assertThat(texts).hasSizeGreaterThan(900);
    int compared = 0;
    for (String text : texts) {
      for (String said : List.of(text, "remind me " + text + " to call mom", "ذكرني " + text + " اتصل بأمي")) {
        List<Token> tokens = TimeTokens.of(NormalisedText.of(said).text());
        for (boolean arabic : new boolean[] {false, true}) {
          TimeContext gated = new TimeContext(tokens, NOW, arabic, RIYADH, false);
          TimeContext every = gated.withoutGate();
          for (int i = 0; i < tokens.size(); i++) {
            assertThat(read(gated, i)).as("%s at token %d", said, i).isEqualTo(read(every, i));
            compared++;
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(10_000);
  }

  /** What the expression at token {@code i} is: where it ends and what it means now (holidays hold lambdas). */
  private static String read(TimeContext c, int i) {
    Piece p = TimeGrammar.seq(c, i);
    return p == null ? "nothing" : p.next() + " " + p.latent() + " " + p.term().getClass().getSimpleName() + " "
        + TermResolver.resolve(p.term(), c);
  }

  private static List<String> texts() throws IOException {
    List<String> out = new ArrayList<>();
    for (String folder : List.of("src/test/resources/eval", "src/test/resources/intents")) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
          for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
              out.add(String.valueOf(((Map<?, ?>) Json.parse(line)).get("text")));
            }
          }
        }
      }
    }
    return out;
  }
}
