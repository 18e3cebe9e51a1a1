package com.romna.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Spoken durations, normalised to seconds as Duckling does (a month is 30 days, a year 365). */
class DurationsTests {

  private static long seconds(String text) {
    return Durations.parse(text, null).orElseThrow().seconds();
  }

  @ParameterizedTest(name = "{0} -> {1}s")
  @CsvSource(delimiter = '|', value = {
      "1 second | 1", "2 mins | 120", "2' | 120", "2m | 120", "two additional minutes | 120", "30 days | 2592000",
      "1 month | 2592000", "3 quarters | 23328000", "7 weeks | 4233600", "a fortnight | 1209600",
      "half an hour | 1800", "1/2 h | 1800", "half day | 43200", "an hour and a half | 5400",
      "1 hour thirty | 5400", "1.5 hours | 5400", "one and two quarter hour | 5400", "1 hour fifteen seconds | 3615",
      "a month and a half | 3888000", "2 years and 3 months | 69984000",
      "1 year 2 days 3 hours and 4 seconds | 31719604",
      "five and half min | 330", "one and three quarter of hours | 6300", "three-quarters of an hour | 2700",
      "a couple of hours | 7200", "a few minutes | 180", "15.5 min | 930",
  })
  void englishDurations(String text, long expected) {
    assertThat(seconds(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}s")
  @CsvSource(delimiter = '|', value = {
      "لحظة | 1", "دقيقتين | 120", "دقيقتان | 120", "٣٠ يوم | 2592000", "سبع اسابيع | 4233600", "شهرين | 5184000",
      "سنتان | 63072000", "عامان | 63072000", "نص ساعة | 1800", "نصف ساعة | 1800", "ربع ساعة | 900",
      "ثلث ساعة | 1200", "ساعة ونص | 5400", "ساعة و نص | 5400", "ساعة وربع | 4500", "ساعتين إلا ربع | 6300",
      "ساعة وعشر دقايق | 4200", "٣ ساعات ونص | 12600", "ساعتين | 7200", "ساعتان | 7200", "عشر دقائق | 600",
      "خمسة وعشرين دقيقة | 1500",
  })
  void arabicDurationsWithDualsAndFractions(String text, long expected) {
    assertThat(seconds(text)).isEqualTo(expected);
  }

  @Test
  void theValueIsCountedInTheFinestUnitSaid() {
    DurationValue d = Durations.parse("2 years and 3 months", "en").orElseThrow();
    assertThat(d.unit()).isEqualTo(Grain.MONTH);
    assertThat(d.value()).isEqualTo(27.0);
    DurationValue h = Durations.parse("1.5 hours", "en").orElseThrow();
    assertThat(h.unit()).isEqualTo(Grain.HOUR);
    assertThat(h.value()).isEqualTo(1.5);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"for months", "in days", "secretary", "minutes", "I second that", "ساعات", "", "hello"})
  void unitsWithoutACountAreNotDurations(String text) {
    assertThat(Durations.parse(text, "en")).isEmpty();
  }
}
