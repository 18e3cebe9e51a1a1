package com.romna.understanding;

import static com.romna.understanding.UnderstandingFixtures.NOW;
import static com.romna.understanding.UnderstandingFixtures.UTC;
import static com.romna.understanding.UnderstandingFixtures.interpret;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeTimeTests {

  @ParameterizedTest(name = "{0} -> +{1} min")
  @CsvSource({
      "remind me in 30 minutes, 30",
      "remind me after 2 hours, 120",
      "remind me in an hour, 60",
      "remind me in a minute, 1",
      "remind me in half an hour, 30",
      "remind me in a half hour, 30",
      "remind me in a quarter of an hour, 15",
      "remind me in quarter of an hour, 15",
      "remind me in an hour and a half, 90",
      "remind me in one and a half hours, 90",
      "remind me in 1.5 hours, 90",
      "remind me in 2 hours and 30 minutes, 150",
      "remind me in 3 days, 4320",
      "remind me in a day, 1440",
      "remind me in twenty minutes, 20",
      "remind me in twenty-five minutes, 25",
      "remind me in forty five minutes, 45",
      "remind me 10 minutes from now, 10",
      "remind me in 10 mins, 10",
  })
  void englishDurationsAreAddedToNow(String transcript, long minutes) {
    Interpretation i = interpret(transcript);
    assertThat(i.scheduledFor()).isEqualTo(NOW.plus(Duration.ofMinutes(minutes)));
    assertThat(i.missing()).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> +{1} min")
  @CsvSource({
      "ذكرني بعد 5 دقائق, 5",
      "ذكرني بعد ١٠ دقايق, 10",
      "ذكرني بعد ٢٠ دقيقة, 20",
      "ذكرني بعد دقيقة, 1",
      "ذكرني بعد دقيقتين, 2",
      "ذكرني بعد ساعة, 60",
      "ذكرني بعد ساعه, 60",
      "ذكرني بعد ساعة وحدة, 60",
      "ذكرني بعد ساعتين, 120",
      "ذكرني بعد ساعتان, 120",
      "ذكرني بعد ٣ ساعات, 180",
      "ذكرني بعد يوم, 1440",
      "ذكرني بعد يومين, 2880",
      "ذكرني بعد ٤ أيام, 5760",
      "ذكرني بعد نص ساعة, 30",
      "ذكرني بعد نصف ساعة, 30",
      "ذكرني بعد ربع ساعة, 15",
      "ذكرني بعد ساعة ونص, 90",
      "ذكرني بعد ساعة و نص, 90",
      "ذكرني بعد ساعتين ونص, 150",
      "ذكرني بعد ساعة وربع, 75",
      "ذكرني بعد ساعتين الا ربع, 105",
      "ذكرني بعد ساعة وعشر دقايق, 70",
      "ذكرني بعد ٣ ساعات ونص, 210",
      "ذكرني خلال ربع ساعة, 15",
      "ذكرني كمان ساعة, 60",
  })
  void arabicDurationsAreAddedToNow(String transcript, long minutes) {
    Interpretation i = interpret(transcript);
    assertThat(i.scheduledFor()).isEqualTo(NOW.plus(Duration.ofMinutes(minutes)));
    assertThat(i.missing()).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "one, 1", "two, 2", "three, 3", "four, 4", "five, 5", "six, 6", "seven, 7", "eight, 8",
      "nine, 9", "ten, 10", "eleven, 11", "twelve, 12", "twenty, 20", "thirty, 30", "forty, 40",
      "fifty, 50", "sixty, 60",
  })
  void englishNumberWordsCountMinutes(String word, long value) {
    assertThat(interpret("remind me in " + word + " minutes").scheduledFor())
        .isEqualTo(NOW.plus(Duration.ofMinutes(value)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "واحد, 1", "وحدة, 1", "اثنين, 2", "اتنين, 2", "ثلاث, 3", "ثلاثة, 3", "تلاتة, 3", "أربع, 4",
      "اربعة, 4", "خمس, 5", "خمسة, 5", "ست, 6", "ستة, 6", "سبع, 7", "سبعة, 7", "ثمان, 8",
      "ثمانية, 8", "تمنية, 8", "تسع, 9", "تسعة, 9", "عشر, 10", "عشرة, 10", "عشرين, 20",
      "ثلاثين, 30", "تلاتين, 30", "أربعين, 40", "خمسين, 50", "خمسة وعشرين, 25", "خمسة و عشرين, 25",
      "اثنا عشر, 12", "ثلاث عشرة, 13",
  })
  void arabicNumberWordsCountMinutes(String word, long value) {
    assertThat(interpret("ذكرني بعد " + word + " دقائق").scheduledFor())
        .isEqualTo(NOW.plus(Duration.ofMinutes(value)));
  }

  @Test
  void relativeDurationsKeepTheSecondsOfNow() {
    Instant now = Instant.parse("2026-11-25T17:00:42.250Z");
    Interpretation i = new Understanding().interpret("remind me in 30 minutes", "en", UTC, now);
    assertThat(i.scheduledFor()).isEqualTo(Instant.parse("2026-11-25T17:30:42Z")); // plans are timed to the second
  }

  @Test
  void aUnitBeforeItsNumberIsNotADuration() {
    Interpretation i = interpret("ذكرني بعد ايام 4");
    assertThat(i.scheduledFor()).isNull();
    assertThat(i.missing()).containsExactly("time");
  }

  @Test
  void aBareDurationWithoutInOrAfterStaysInTheTitle() {
    Interpretation i = interpret("remind me about the 30 minutes walk tomorrow");
    assertThat(i.content().title()).isEqualTo("the 30 minutes walk");
    assertThat(i.scheduledFor()).isEqualTo(UnderstandingFixtures.utc("2026-11-26T09:00:00"));
  }
}
