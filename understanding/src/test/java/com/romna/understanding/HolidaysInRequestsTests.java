package com.romna.understanding;

import com.romna.understanding.holidays.Holidays;
import com.romna.understanding.text.NormalisedText;

import static com.romna.understanding.UnderstandingFixtures.RIYADH;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Holidays in requests, with the product's rules (a day alone is at 09:00). "Now" is Wednesday 2026-11-25
 * 20:00 in Riyadh: the coming Eid is al-Fitr on 2027-03-09, then al-Adha on 2027-05-16; Ramadan starts
 * 2027-02-08.
 */
class HolidaysInRequestsTests {
  private static final Instant NOW = Instant.parse("2026-11-25T17:00:00Z");

  private static Interpretation interpret(String transcript) {
    return interpret(transcript, NOW);
  }

  private static Interpretation interpret(String transcript, Instant now) {
    return new Understanding().interpret(transcript, null, RIYADH, now);
  }

  private static LocalDateTime local(Interpretation i) {
    return LocalDateTime.ofInstant(i.scheduledFor(), RIYADH);
  }

  @ParameterizedTest(name = "{0} -> {1} / {2}")
  @CsvSource(delimiter = '|', value = {
      "ذكرني يوم العيد أتصل بأمي | 2027-03-09T09:00 | أتصل بأمي",
      "ذكرني في العيد الكبير أزور جدتي | 2027-05-16T09:00 | أزور جدتي",
      "ذكرني العيد الجاي أوزع العيديات | 2027-03-09T09:00 | أوزع العيديات",
      "فكرني تاني يوم العيد أروح لخالتي | 2027-03-10T09:00 | أروح لخالتي",
      "ذكرني صباح العيد أصلي | 2027-03-09T09:00 | أصلي",
      "ذكرني ليلة العيد أجهز الملابس | 2027-03-08T18:00 | أجهز الملابس",
      "ذكرني يوم العيد الساعة ٧ الصبح أكلم أبوي | 2027-03-09T07:00 | أكلم أبوي",
      "ذكرني في رمضان أدفع الزكاة | 2027-02-08T09:00 | أدفع الزكاة",
      "ذكرني أول يوم في رمضان أصوم | 2027-02-08T09:00 | أصوم",
      "ذكرني ٢٧ رمضان أتصدق | 2027-03-06T09:00 | أتصدق",
      "ذكرني يوم عرفة أصوم | 2027-05-15T09:00 | أصوم",
      "remind me on eid to call mom | 2027-03-09T09:00 | call mom",
      "remind me on christmas to call grandma | 2026-12-25T09:00 | call grandma",
      "remind me next thanksgiving to thank the host | 2026-11-26T09:00 | thank the host",
      "remind me on easter morning to hide the eggs | 2027-03-28T09:00 | hide the eggs",
      "ذكرني قبل العيد بيومين أشتري الهدايا | 2027-03-07T09:00 | أشتري الهدايا",
      "ذكرني بعد رمضان بأسبوع أرجع للنادي | 2027-03-16T09:00 | أرجع للنادي",
      "remind me 2 days before christmas to mail the cards | 2026-12-23T09:00 | mail the cards",
  })
  void aHolidaySaidAsTheTimeIsTheComingOneAtNineInTheMorning(String transcript, String at, String title) {
    Interpretation i = interpret(transcript);
    assertThat(i.intent()).isEqualTo(Intent.CREATE_REMINDER);
    assertThat(local(i)).isEqualTo(LocalDateTime.parse(at));
    assertThat(i.content().title()).isEqualTo(title);
    assertThat(i.missing()).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "ذكرني أشتري هدية العيد | اشتري هدية العيد",
      "ذكرني أجيب فوانيس رمضان | اجيب فوانيس رمضان",
      "ذكرني أتصل برمضان | اتصل برمضان",
      "remind me to look at christmas lights | look at christmas lights",
      "remind me to buy a mother's day card | buy a mother's day card",
  })
  void aHolidayThatIsPartOfTheTitleStaysThere(String transcript, String folded) {
    Interpretation i = interpret(transcript);
    assertThat(i.scheduledFor()).isNull();
    assertThat(i.missing()).containsExactly("time");
    assertThat(NormalisedText.fold(i.content().title())).isEqualTo(NormalisedText.fold(folded));
  }

  @Test
  void aHolidayInTheTitleDoesNotMoveTheTimeSaidBesideIt() {
    Interpretation thursday = interpret("ذكرني أشتري هدية العيد يوم الخميس");
    assertThat(local(thursday)).isEqualTo(LocalDateTime.parse("2026-11-26T09:00"));
    assertThat(thursday.content().title()).isEqualTo("أشتري هدية العيد");
    Interpretation ten = interpret("ذكرني أطفي المولد الساعة ١٠");
    assertThat(ten.content().title()).isEqualTo("أطفي المولد");
    assertThat(local(ten)).isEqualTo(LocalDateTime.parse("2026-11-25T22:00"));
    Interpretation lights = interpret("remind me to buy christmas lights tomorrow");
    assertThat(lights.content().title()).isEqualTo("buy christmas lights");
    assertThat(local(lights)).isEqualTo(LocalDateTime.parse("2026-11-26T09:00"));
  }

  @Test
  void onEidAfterNineTheReminderGoesToTheNextEid() {
    Instant eidMorning = Instant.parse("2027-03-09T07:00:00Z"); // 10:00 in Riyadh
    assertThat(local(interpret("ذكرني يوم العيد أتصل بأمي", eidMorning)))
        .isEqualTo(LocalDateTime.parse("2027-05-16T09:00"));
    Instant eidDawn = Instant.parse("2027-03-09T03:00:00Z"); // 06:00 in Riyadh
    assertThat(local(interpret("ذكرني يوم العيد أتصل بأمي", eidDawn)))
        .isEqualTo(LocalDateTime.parse("2027-03-09T09:00"));
  }

  @Test
  void anAlarmOnAHolidayNeedsAClockTime() {
    Interpretation seven = interpret("set an alarm on eid at 7am");
    assertThat(seven.intent()).isEqualTo(Intent.CREATE_ALARM);
    assertThat(local(seven)).isEqualTo(LocalDateTime.parse("2027-03-09T07:00"));
    Interpretation day = interpret("صحيني يوم العيد");
    assertThat(day.scheduledFor()).isNull();
    assertThat(day.missing()).containsExactly("time");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "remind me on chinese new year to call my friend", "remind me on rosh hashanah to send greetings",
      "remind me during passover to call the office", "ذكرني في رأس السنة الصينية أتصل بصديقي",
      "remind me on the lunar new year at 9 to call mom", "remind me next chinese new year to call mom",
      "remind me on nowruz to call my aunt", "remind me diwali at 5pm to call my friend",
      "remind me lakshmi puja in two years to call my friend",
  })
  void aHolidayWeDoNotComputeSaidAsTheTimeIsRefusedNeverReadByTheTimeWordsInIt(String transcript) {
    Interpretation i = interpret(transcript);
    assertThat(i.intent()).isEqualTo(Intent.CREATE_REMINDER);
    assertThat(i.scheduledFor()).as("never 1 January, never 09:00").isNull();
    assertThat(i.missing()).containsExactly("time");
    assertThat(i.timeProblem()).isEqualTo(Interpretation.TimeProblem.UNCLEAR);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "remind me black friday to check the deals", "remind me good friday to call the church",
      "remind me rosh hashanah to call grandma", "remind me chinese new year to buy lanterns",
      "remind me to get ready for black friday",
  })
  void aHolidayNameThatIsNotSaidAsTheTimeLendsNoWeekdayOrYearToIt(String transcript) {
    Interpretation i = interpret(transcript);
    assertThat(i.scheduledFor()).as("not this Friday, not 1 January").isNull();
    assertThat(i.missing()).containsExactly("time");
  }

  @Test
  void aHolidayWithAWeekdayInItsNameIsThatHolidayWhenSaidAsTheTime() {
    assertThat(local(interpret("remind me on black friday to check the deals")))
        .isEqualTo(LocalDateTime.parse("2026-11-27T09:00"));
    assertThat(local(interpret("remind me to call mom friday"))).isEqualTo(LocalDateTime.parse("2026-11-27T09:00"));
  }
}
