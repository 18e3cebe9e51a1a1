package com.romna.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** New York springs forward at 02:00 on 2026-03-08: wall clocks hold, hours stay exact. */
class TimeExpressionsDaylightSavingTests {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZonedDateTime SATURDAY_EVENING = ZonedDateTime.of(LocalDateTime.parse("2026-03-07T22:00"),
      NEW_YORK);

  private static TimeValue read(String text) {
    return TimeExpressions.parse(text, "en", SATURDAY_EVENING).orElseThrow();
  }

  @Test
  void tomorrowAtNineIsNineOnTheWallClockAfterTheChange() {
    TimeValue v = read("tomorrow at 9am");
    assertThat(v.from().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-08T09:00"));
    assertThat(v.from().getOffset().getTotalSeconds()).isEqualTo(-4 * 3600);
  }

  @Test
  void hoursAcrossTheChangeAreExactHours() {
    TimeValue v = read("in 6 hours");
    assertThat(Duration.between(SATURDAY_EVENING, v.from())).isEqualTo(Duration.ofHours(6));
    assertThat(v.from().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-08T05:00"));
  }

  @Test
  void tomorrowAsADayIsTwentyThreeHoursLong() {
    TimeValue v = read("tomorrow");
    assertThat(Duration.between(v.from(), v.to())).isEqualTo(Duration.ofHours(23));
  }

  @Test
  void aClockTimeInTheGapMovesPastIt() {
    assertThat(read("tomorrow at 2:30am").from().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-08T03:30"));
  }

  @Test
  void arabicDaysAcrossTheChangeKeepTheWallClock() {
    TimeValue v = TimeExpressions.parse("بكرة الساعة ٩ الصبح", "ar", SATURDAY_EVENING).orElseThrow();
    assertThat(v.from().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-08T09:00"));
  }
}
