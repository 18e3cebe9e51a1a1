package com.romna.understanding;

import static com.romna.understanding.UnderstandingFixtures.NEW_YORK;
import static com.romna.understanding.UnderstandingFixtures.interpret;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** New York springs forward at 02:00 on 2026-03-08 and falls back at 02:00 on 2026-11-01. */
class DaylightSavingTests {
  private static final Instant SATURDAY_EVENING =
      ZonedDateTime.of(LocalDateTime.parse("2026-03-07T22:00"), NEW_YORK).toInstant();

  @Test
  void hoursAcrossSpringForwardAreExactHours() {
    Interpretation i = interpret("remind me in 6 hours", NEW_YORK, SATURDAY_EVENING);
    assertThat(i.scheduledFor()).isEqualTo(SATURDAY_EVENING.plus(Duration.ofHours(6)));
    assertThat(i.scheduledFor()).isEqualTo(Instant.parse("2026-03-08T09:00:00Z"));
    assertThat(local(i)).isEqualTo(LocalDateTime.parse("2026-03-08T05:00")); // 22:00 EST + 6h = 05:00 EDT
  }

  @Test
  void tomorrowAtNineAcrossSpringForwardIsNineLocal() {
    Interpretation i = interpret("remind me tomorrow at 9", NEW_YORK, SATURDAY_EVENING);
    assertThat(i.scheduledFor()).isEqualTo(Instant.parse("2026-03-08T13:00:00Z"));
    assertThat(local(i)).isEqualTo(LocalDateTime.parse("2026-03-08T09:00"));
    assertThat(interpret("ذكرني بكرة الساعة ٩", NEW_YORK, SATURDAY_EVENING).scheduledFor())
        .isEqualTo(Instant.parse("2026-03-08T13:00:00Z"));
    assertThat(interpret("wake me up at 9 tomorrow", NEW_YORK, SATURDAY_EVENING).scheduledFor())
        .isEqualTo(Instant.parse("2026-03-08T13:00:00Z"));
  }

  @Test
  void daysAcrossSpringForwardKeepTheWallClockTime() {
    Interpretation i = interpret("remind me in 1 day", NEW_YORK, SATURDAY_EVENING);
    assertThat(local(i)).isEqualTo(LocalDateTime.parse("2026-03-08T22:00"));
    assertThat(Duration.between(SATURDAY_EVENING, i.scheduledFor())).isEqualTo(Duration.ofHours(23));
  }

  @Test
  void aClockTimeInTheSpringForwardGapMovesPastTheGap() {
    Interpretation i = interpret("remind me tomorrow at 2:30 am", NEW_YORK, SATURDAY_EVENING);
    assertThat(local(i)).isEqualTo(LocalDateTime.parse("2026-03-08T03:30"));
  }

  @Test
  void tomorrowAtNineAcrossFallBackIsNineLocal() {
    Instant saturday = ZonedDateTime.of(LocalDateTime.parse("2026-10-31T22:00"), NEW_YORK).toInstant();
    Interpretation i = interpret("remind me tomorrow at 9", NEW_YORK, saturday);
    assertThat(i.scheduledFor()).isEqualTo(Instant.parse("2026-11-01T14:00:00Z"));
    assertThat(interpret("remind me in 6 hours", NEW_YORK, saturday).scheduledFor())
        .isEqualTo(saturday.plus(Duration.ofHours(6)));
  }

  private static LocalDateTime local(Interpretation i) {
    return i.scheduledFor().atZone(NEW_YORK).toLocalDateTime();
  }
}
