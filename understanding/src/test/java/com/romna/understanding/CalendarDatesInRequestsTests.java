package com.romna.understanding;

import static com.romna.understanding.UnderstandingFixtures.RIYADH;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Dates, weekdays and months in requests, read by the time grammar and resolved with the product's
 * rules: a day without a time is at 09:00, a time already past means its next occurrence. "Now" is
 * Wednesday 2026-11-25 20:00 in Riyadh.
 */
class CalendarDatesInRequestsTests {
  private static final Instant NOW = Instant.parse("2026-11-25T17:00:00Z");

  private static Interpretation interpret(String transcript) {
    return new Understanding().interpret(transcript, null, RIYADH, NOW);
  }

  private static LocalDateTime local(Interpretation i) {
    return LocalDateTime.ofInstant(i.scheduledFor(), RIYADH);
  }

  @ParameterizedTest(name = "{0} -> {1} / {2}")
  @CsvSource(delimiter = '|', value = {
      "remind me on friday at 5pm to pay rent | 2026-11-27T17:00 | pay rent",
      "remind me on the 3rd of December to renew my passport | 2026-12-03T09:00 | renew my passport",
      "remind me on 12/24 to wrap the gifts | 2026-12-24T09:00 | wrap the gifts",
      "remind me next month to cancel the trial | 2026-12-01T09:00 | cancel the trial",
      "remind me thursday morning to bring the documents | 2026-11-26T09:00 | bring the documents",
      "remind me on Monday at 8:30 am about the standup | 2026-11-30T08:30 | the standup",
      "ذكرني يوم الخميس الساعة ٤ العصر بالاجتماع | 2026-11-26T16:00 | الاجتماع",
      "ذكرني الجمعة الجاية اروح السوق | 2026-11-27T09:00 | اروح السوق",
      "ذكرني ب ٥ آذار ادفع الفاتورة | 2027-03-05T09:00 | ادفع الفاتورة",
      "عاوز تذكير يوم ٢٠ ديسمبر بالسفر | 2026-12-20T09:00 | السفر",
      "بدي تذكير أول الشهر الجاي ادفع الاجار | 2026-12-01T09:00 | ادفع الاجار",
  })
  void datesJoinTheClockTimeOrFallOnNineInTheMorning(String transcript, String at, String title) {
    Interpretation i = interpret(transcript);
    assertThat(i.intent()).isEqualTo(Intent.CREATE_REMINDER);
    assertThat(local(i)).isEqualTo(LocalDateTime.parse(at));
    assertThat(i.content().title()).isEqualTo(title);
    assertThat(i.missing()).isEmpty();
  }

  @Test
  void alarmsOnADayStillNeedAClockTime() {
    Interpretation day = interpret("set an alarm for saturday");
    assertThat(day.scheduledFor()).isNull();
    assertThat(day.missing()).containsExactly("time");
    assertThat(local(interpret("set an alarm for saturday at 9"))).isEqualTo(LocalDateTime.parse("2026-11-28T09:00"));
  }

  @Test
  void aClockTimeTheFirstPassMissesIsReadAndMovedToItsNextOccurrence() {
    Interpretation i = interpret("remind me at 15h30 to call the office");
    assertThat(local(i)).isEqualTo(LocalDateTime.parse("2026-11-26T15:30"));
    assertThat(i.content().title()).isEqualTo("call the office");
  }

  @Test
  void wordsThatOnlyLookLikeDatesStayInTheTitle() {
    Interpretation march = interpret("remind me to watch march madness tomorrow");
    assertThat(march.content().title()).isEqualTo("watch march madness");
    assertThat(local(march)).isEqualTo(LocalDateTime.parse("2026-11-26T09:00"));
    Interpretation sun = interpret("remind me to put the plants in the sun at 5pm");
    assertThat(sun.content().title()).isEqualTo("put the plants in the sun");
    assertThat(local(sun)).isEqualTo(LocalDateTime.parse("2026-11-26T17:00"));
    Interpretation first = interpret("remind me about the first meeting tomorrow");
    assertThat(first.content().title()).isEqualTo("the first meeting");
  }

  @Test
  void aDateInsideAMessageIsContentButBeforeItIsWhenToSend() {
    Interpretation after = interpret("send an email to boss@work.com about the friday meeting");
    assertThat(after.scheduledFor()).isEqualTo(NOW);
    assertThat(after.content().subject()).isEqualTo("the friday meeting");
    Interpretation before = interpret("email team@startup.io on monday at 8am that the release is out");
    assertThat(local(before)).isEqualTo(LocalDateTime.parse("2026-11-30T08:00"));
  }
}
