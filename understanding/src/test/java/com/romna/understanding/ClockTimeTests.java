package com.romna.understanding;

import static com.romna.understanding.UnderstandingFixtures.NOW;
import static com.romna.understanding.UnderstandingFixtures.RIYADH;
import static com.romna.understanding.UnderstandingFixtures.UTC;
import static com.romna.understanding.UnderstandingFixtures.interpret;
import static com.romna.understanding.UnderstandingFixtures.utc;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Clock times and days, resolved against 2026-11-25 17:00 UTC unless a test says otherwise. */
class ClockTimeTests {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "remind me at 6 pm, 2026-11-25T18:00:00",
      "remind me at 6pm, 2026-11-25T18:00:00",
      "remind me at 6 p.m., 2026-11-25T18:00:00",
      "remind me at 6:30 pm, 2026-11-25T18:30:00",
      "remind me at 18:00, 2026-11-25T18:00:00",
      "remind me at 6, 2026-11-25T18:00:00",
      "remind me at six thirty, 2026-11-25T18:30:00",
      "remind me at half past six, 2026-11-25T18:30:00",
      "remind me at 9 am, 2026-11-26T09:00:00",
      "remind me at 16:00, 2026-11-26T16:00:00",
      "remind me at 7 in the morning, 2026-11-26T07:00:00",
      "remind me at noon, 2026-11-26T12:00:00",
      "remind me at midnight, 2026-11-26T00:00:00",
      "remind me 6:45, 2026-11-25T18:45:00",
      "remind me tomorrow at 6, 2026-11-26T06:00:00",
      "remind me at 6 tomorrow, 2026-11-26T06:00:00",
      "remind me tomorrow at 6 pm, 2026-11-26T18:00:00",
      "remind me tomorrow evening at 8, 2026-11-26T20:00:00",
      "remind me today at 8, 2026-11-25T20:00:00",
      "remind me tonight at 9, 2026-11-25T21:00:00",
      "remind me the day after tomorrow at 10, 2026-11-27T10:00:00",
  })
  void englishClockTimesResolveInTheZone(String transcript, String expectedUtc) {
    Interpretation i = interpret(transcript);
    assertThat(i.scheduledFor()).isEqualTo(utc(expectedUtc));
    assertThat(i.missing()).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "ذكرني الساعة ٦, 2026-11-25T18:00:00",
      "ذكرني الساعة 6:30, 2026-11-25T18:30:00",
      "ذكرني الساعة ٦:٣٠, 2026-11-25T18:30:00",
      "ذكرني الساعه ستة, 2026-11-25T18:00:00",
      "ذكرني الساعة ستة ونص, 2026-11-25T18:30:00",
      "ذكرني الساعة ستة وربع, 2026-11-25T18:15:00",
      "ذكرني الساعة ٧ إلا ربع, 2026-11-25T18:45:00",
      "ذكرني الساعة السادسة, 2026-11-25T18:00:00",
      "ذكرني الساعة العاشرة صباحا, 2026-11-26T10:00:00",
      "ذكرني الساعة الحادية عشرة, 2026-11-25T23:00:00",
      "ذكرني الساعة ٦ صباحا, 2026-11-26T06:00:00",
      "ذكرني الساعة ٦ صباحاً, 2026-11-26T06:00:00",
      "ذكرني الساعة ٦ الصبح, 2026-11-26T06:00:00",
      "ذكرني الساعة ٦ الصباح, 2026-11-26T06:00:00",
      "ذكرني الساعة ٨ مساء, 2026-11-25T20:00:00",
      "ذكرني الساعة ٨ مساءً, 2026-11-25T20:00:00",
      "ذكرني الساعة ٨ بالليل, 2026-11-25T20:00:00",
      "ذكرني الساعة ٦ المغرب, 2026-11-25T18:00:00",
      "ذكرني الساعة ٤ العصر, 2026-11-26T16:00:00",
      "ذكرني ٦ الصبح, 2026-11-26T06:00:00",
      "ذكرني على الساعة ٨, 2026-11-25T20:00:00",
      "ذكرني عالساعة ٨, 2026-11-25T20:00:00",
      "ذكرني بكرة الساعة ٦, 2026-11-26T06:00:00",
      "ذكرني الساعة ٦ بكرة, 2026-11-26T06:00:00",
      "ذكرني بكره الساعة ٦ مساء, 2026-11-26T18:00:00",
      "ذكرني غدا الساعة ١٠, 2026-11-26T10:00:00",
      "ذكرني اليوم الساعة ٨, 2026-11-25T20:00:00",
      "ذكرني الليلة الساعة ١٠, 2026-11-25T22:00:00",
      "ذكرني بعد بكرة الساعة ١٠, 2026-11-27T10:00:00",
  })
  void arabicClockTimesResolveInTheZone(String transcript, String expectedUtc) {
    Interpretation i = interpret(transcript);
    assertThat(i.scheduledFor()).isEqualTo(utc(expectedUtc));
    assertThat(i.missing()).isEmpty();
  }

  @Test
  void anHourWithoutAmPmOrDayIsTheSoonestFutureOfTheTwoReadings() {
    Instant twoPm = utc("2026-11-25T14:00:00");
    Instant fourAm = utc("2026-11-25T04:00:00");
    assertThat(interpret("remind me at 5", UTC, twoPm).scheduledFor()).isEqualTo(utc("2026-11-25T17:00:00"));
    assertThat(interpret("remind me at 5", UTC, fourAm).scheduledFor()).isEqualTo(utc("2026-11-25T05:00:00"));
    assertThat(interpret("remind me at 5", UTC, NOW).scheduledFor()).isEqualTo(utc("2026-11-26T05:00:00"));
  }

  @Test
  void aClockTimeAlreadyPastTodayMeansTomorrow() {
    Instant sixPm = utc("2026-11-25T18:00:00");
    assertThat(interpret("remind me at 5 pm", UTC, sixPm).scheduledFor()).isEqualTo(utc("2026-11-26T17:00:00"));
    assertThat(interpret("remind me at 17:30", UTC, sixPm).scheduledFor()).isEqualTo(utc("2026-11-26T17:30:00"));
  }

  @Test
  void clockTimesHaveNoSecondsEvenWhenNowHas() {
    Instant now = Instant.parse("2026-11-25T17:00:42.123456Z");
    assertThat(interpret("remind me at 18:00", UTC, now).scheduledFor()).isEqualTo(utc("2026-11-25T18:00:00"));
    assertThat(interpret("remind me tomorrow", UTC, now).scheduledFor()).isEqualTo(utc("2026-11-26T09:00:00"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "remind me tomorrow to pay rent", "ذكرني بكرة", "ذكرني بكره", "ذكرني بكرا", "ذكرني غدا",
      "ذكرني غداً", "ذكرني بالغد", "ذكرني وبكرة", "ذكرني باكر",
  })
  void aReminderForADayWithoutATimeIsAtNineThatMorning(String transcript) {
    Interpretation i = interpret(transcript);
    assertThat(i.scheduledFor()).isEqualTo(utc("2026-11-26T09:00:00"));
    assertThat(i.missing()).isEmpty();
  }

  @Test
  void aReminderForTodayWithoutATimeIsMissingItOnceNineHasPassed() {
    Instant eightAm = utc("2026-11-25T08:00:00");
    assertThat(interpret("remind me today to pay rent", UTC, eightAm).scheduledFor())
        .isEqualTo(utc("2026-11-25T09:00:00"));
    Interpretation late = interpret("remind me today to pay rent");
    assertThat(late.scheduledFor()).isNull();
    assertThat(late.missing()).containsExactly("time");
    assertThat(late.content().title()).isEqualTo("pay rent");
  }

  @Test
  void partsOfTheDayWithoutAClockTimeUseTheirUsualHour() {
    assertThat(interpret("remind me tonight to call dad").scheduledFor()).isEqualTo(utc("2026-11-25T21:00:00"));
    assertThat(interpret("remind me in the evening to water plants").scheduledFor())
        .isEqualTo(utc("2026-11-25T18:00:00"));
    assertThat(interpret("ذكرني بالليل").scheduledFor()).isEqualTo(utc("2026-11-25T21:00:00"));
    assertThat(interpret("ذكرني بكرة الصبح بالموعد").scheduledFor()).isEqualTo(utc("2026-11-26T09:00:00"));
  }

  @Test
  void clockTimesAreReadInTheUsersZone() {
    // 17:00 UTC is 20:00 in Riyadh, so 6 (no am/pm) is 06:00 tomorrow there
    assertThat(interpret("remind me at 6", RIYADH, NOW).scheduledFor()).isEqualTo(utc("2026-11-26T03:00:00"));
    assertThat(interpret("ذكرني الساعة ٩ بالليل", RIYADH, NOW).scheduledFor()).isEqualTo(utc("2026-11-25T18:00:00"));
    assertThat(interpret("remind me tomorrow", RIYADH, NOW).scheduledFor()).isEqualTo(utc("2026-11-26T06:00:00"));
  }

  @Test
  void alarmsNeedAClockTimeOrADelayNotJustADay() {
    Interpretation i = interpret("wake me up tomorrow");
    assertThat(i.intent()).isEqualTo(Intent.CREATE_ALARM);
    assertThat(i.scheduledFor()).isNull();
    assertThat(i.missing()).containsExactly("time");
    assertThat(i.understood()).isFalse();
  }

  @Test
  void anImpossibleClockTimeIsMissing() {
    Interpretation i = interpret("wake me up at 25");
    assertThat(i.scheduledFor()).isNull();
    assertThat(i.missing()).containsExactly("time");
  }
}
