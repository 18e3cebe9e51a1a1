package com.romna.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bare hour on another day: 6 to 11 the morning, 12 noon, 1 to 5 asked (night or afternoon), alarms the morning. */
class BareHourTests {
  private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
  private final Understanding understanding = new Understanding();

  private Interpretation at(String said, String now) {
    return understanding.interpret(said, null, RIYADH, LocalDateTime.parse(now).atZone(RIYADH).toInstant());
  }

  @ParameterizedTest(name = "{0} at {1}")
  @CsvSource(delimiter = '|', value = {
      "remind me tomorrow at 9 to call mom | 2026-12-02T12:00 | 2026-12-03T09:00",
      "remind me tomorrow at 8 to call mom | 2026-12-02T12:00 | 2026-12-03T08:00",
      "remind me on the 15th at 10 to renew my iqama | 2026-12-02T12:00 | 2026-12-15T10:00",
      "remind me tomorrow at 12 to call mom | 2026-12-02T12:00 | 2026-12-03T12:00",
      "remind me tomorrow at 3 pm to call mom | 2026-12-02T12:00 | 2026-12-03T15:00",
      "remind me tomorrow at 3 in the morning to call mom | 2026-12-02T12:00 | 2026-12-03T03:00",
      "ذكرني بكرة الساعة ٣ العصر اتصل بأمي | 2026-12-02T12:00 | 2026-12-03T15:00",
      "remind me at 3 to call mom | 2026-12-02T12:00 | 2026-12-02T15:00",
      "wake me up tomorrow at 5 | 2026-12-02T12:00 | 2026-12-03T05:00",
      "wake me up tomorrow at 5 | 2026-12-02T01:30 | 2026-12-02T05:00",
      "remind me tomorrow at 9 to call mom | 2026-12-02T01:30 | 2026-12-02T09:00",
      "remind me every day at 8 to take my pills | 2026-12-02T12:00 | 2026-12-03T08:00",
  })
  void aBareHourIsReadWhenOnlyOneReadingIsLikely(String said, String now, String meant) {
    Interpretation i = at(said, now);
    assertThat(i.scheduledFor().atZone(RIYADH).toLocalDateTime()).isEqualTo(LocalDateTime.parse(meant));
  }

  @ParameterizedTest(name = "{0} at {1}")
  @CsvSource(delimiter = '|', value = {
      "remind me tomorrow at 3 to call mom | 2026-12-02T12:00",
      "remind me tomorrow at 3:30 to call mom | 2026-12-02T12:00",
      "ذكرني بكرة الساعة ٣ اتصل بأمي | 2026-12-02T12:00",
      "remind me on the 15th at 4 to renew my iqama | 2026-12-02T12:00",
      "remind me on friday at 2 to pay rent | 2026-12-02T12:00",
      "remind me tomorrow at 3 to call mom | 2026-12-02T01:30",
      "remind me every day at 3 to take my pills | 2026-12-02T12:00",
  })
  void aBareOneToFiveOnAnotherDayIsAskedNeverGuessed(String said, String now) {
    Interpretation i = at(said, now);
    assertThat(i.scheduledFor()).isNull();
    assertThat(i.timeProblem()).isEqualTo(Interpretation.TimeProblem.AMBIGUOUS);
    assertThat(i.reply()).containsAnyOf("am or pm", "الصبح أو العصر");
  }
}
