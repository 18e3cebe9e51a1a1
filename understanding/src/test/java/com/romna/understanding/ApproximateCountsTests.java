package com.romna.understanding;

import static com.romna.understanding.UnderstandingFixtures.NOW;
import static com.romna.understanding.UnderstandingFixtures.interpret;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "A couple" is two and "a few" three (Duckling's counts), keeping the seconds of now like any delay. */
class ApproximateCountsTests {

  @ParameterizedTest(name = "{0} -> +{1} min")
  @CsvSource(delimiter = '|', value = {
      "remind me in a couple of hours | 120", "remind me in a couple hours | 120", "remind me in a few minutes | 3",
      "remind me in a pair of minutes | 2", "wake me up in a few hours | 180", "remind me in few minutes | 3",
  })
  void approximateCountsAreDelaysFromNow(String transcript, long minutes) {
    Interpretation i = interpret(transcript);
    assertThat(i.scheduledFor()).isEqualTo(NOW.plus(Duration.ofMinutes(minutes)));
    assertThat(i.missing()).isEmpty();
  }
}
