package com.romna.understanding;

import static com.romna.understanding.UnderstandingFixtures.NOW;
import static com.romna.understanding.UnderstandingFixtures.UTC;
import static com.romna.understanding.UnderstandingFixtures.interpret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Junk must neither throw nor take long: every scan is linear, with bounded look-ahead. */
class RobustnessTests {
  private static final Duration QUICKLY = Duration.ofSeconds(1);

  static Stream<Arguments> pathologicalInputs() {
    return Stream.of(
        Arguments.of("a@".repeat(2500), null),
        Arguments.of("+1 ".repeat(1667), null),
        Arguments.of("1".repeat(5000), null),
        Arguments.of("x".repeat(4998) + "@y", null),
        Arguments.of("و".repeat(5000), null),
        Arguments.of("\u064B".repeat(5000), null),
        Arguments.of("at 6 and ".repeat(556), null),
        Arguments.of("1:1:1:1.".repeat(625), null),
        Arguments.of("remind me in in after ".repeat(228), Intent.CREATE_REMINDER),
        Arguments.of("ذكرني بعد ساعة و ".repeat(294), Intent.CREATE_REMINDER),
        Arguments.of("whatsapp +1 2 3 4 5 6 7 8 9 0 ".repeat(164), Intent.SEND_WHATSAPP),
        Arguments.of("email a@b.co about ".repeat(263), Intent.SEND_EMAIL),
        Arguments.of("remind me on xmas ".repeat(277), Intent.CREATE_REMINDER),
        Arguments.of("ذكرني قبل العيد بيومين ".repeat(217), Intent.CREATE_REMINDER),
        Arguments.of("3 days before eid ".repeat(277), null));
  }

  @ParameterizedTest
  @MethodSource("pathologicalInputs")
  void pathologicalFiveThousandCharInputsAreInterpretedQuickly(String junk, Intent intent) {
    assertThat(junk.length()).isBetween(4900, 5100);
    Interpretation i = assertTimeoutPreemptively(QUICKLY, () -> interpret(junk));
    assertThat(i.intent()).isEqualTo(intent);
    assertThat(i.language()).isIn("ar", "en");
  }

  @Test
  void randomFiveThousandCharJunkNeverThrowsAndReturnsQuickly() {
    String alphabet = "ab cd@.+:-'0123456789٠١٢٣ ذكرني بعد ساعتين الساعة،.!?\u064B\u0640\u200F ";
    Random random = new Random(20261125);
    for (int run = 0; run < 50; run++) {
      StringBuilder junk = new StringBuilder(5000);
      for (int c = 0; c < 5000; c++) {
        junk.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      Interpretation i = assertTimeoutPreemptively(QUICKLY, () -> interpret(junk.toString()));
      assertThat(i.language()).isIn("ar", "en");
      assertThat(i.missing()).isNotNull();
      assertThat(i.understood()).isEqualTo(i.intent() != null && i.missing().isEmpty());
    }
  }

  @Test
  void missingIsImmutable() {
    Interpretation i = interpret("remind me to call mom");
    assertThat(i.missing()).containsExactly("time");
    assertThatThrownBy(() -> i.missing().add("intent")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void zoneAndNowAreRequired() {
    Understanding understanding = new Understanding();
    assertThatThrownBy(() -> understanding.interpret("remind me in an hour", null, null, NOW))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("zone");
    assertThatThrownBy(() -> understanding.interpret("remind me in an hour", null, UTC, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("now");
  }
}
