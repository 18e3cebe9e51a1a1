package com.romna.understanding;

import com.romna.understanding.holidays.Easter;
import com.romna.understanding.holidays.Holidays;

import static com.romna.understanding.DucklingClock.ar;
import static com.romna.understanding.DucklingClock.en;
import static com.romna.understanding.DucklingClock.show;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Holidays in time expressions, against Tuesday 2013-02-12 04:30 (-02:00), with Duckling's semantics. */
class TimeExpressionsHolidayTests {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "عيد الأضحى 2013 | 2013-10-15T00:00 day", "عيد الاضحى ٢٠١٣ | 2013-10-15T00:00 day",
      "عيد الفطر 2013 | 2013-08-08T00:00 day", "رأس السنة الهجرية 2019 | 2019-08-31T00:00 day",
      "راس السنة الهجرية ٢٠١٩ | 2019-08-31T00:00 day", "العيد الكبير | 2013-10-15T00:00 day",
      "العيد الصغير | 2013-08-08T00:00 day", "الفطر | 2013-08-08T00:00 day",
      "عيد الأضحى المبارك | 2013-10-15T00:00 day",
      "العيد | 2013-08-08T00:00 day", "العيد الجاي | 2013-08-08T00:00 day", "العيد اللي فات | 2012-10-26T00:00 day",
      "العيد بعد الجاي | 2013-10-15T00:00 day", "ثاني يوم العيد | 2013-08-09T00:00 day",
      "تاني يوم العيد | 2013-08-09T00:00 day", "يوم عرفة | 2013-10-14T00:00 day", "عاشوراء | 2013-11-13T00:00 day",
      "المولد النبوي الشريف | 2014-01-13T00:00 day", "الإسراء والمعراج | 2013-06-06T00:00 day",
      "ليلة القدر | 2013-08-04T00:00 day", "أول رمضان | 2013-07-09T00:00 day", "٢٧ رمضان | 2013-08-04T00:00 day",
      "العاشر من ذي الحجة | 2013-10-15T00:00 day", "١٠ ذو الحجة ١٤٤٧ | 2026-05-27T00:00 day",
      "عيد الفصح 2013 | 2013-03-31T00:00 day", "شم النسيم | 2013-05-06T00:00 day",
      "عيد الميلاد 2020 | 2020-12-25T00:00 day", "عيد الأم | 2013-03-21T00:00 day",
  })
  void arabicHolidaysInEveryDialect(String text, String expected) {
    assertThat(show(ar(text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Eid al-Adha 2013 | 2013-10-15T00:00 day", "Eid al-Fitr 2018 | 2018-06-15T00:00 day",
      "eid ul adha in 2018 | 2018-08-21T00:00 day", "Islamic new year 2019 | 2019-08-31T00:00 day",
      "next eid | 2013-08-08T00:00 day", "day of ashura 2017 | 2017-09-30T00:00 day",
      "the prophet's birthday 2017 | 2017-11-30T00:00 day", "Jamat Ul-Vida 2018 | 2018-06-08T00:00 day",
      "easter 2013 | 2013-03-31T00:00 day", "Easter Sunday two thousand ten | 2010-04-04T00:00 day",
      "good friday 2013 | 2013-03-29T00:00 day", "pentecost 2013 | 2013-05-19T00:00 day",
      "ash wednesday 2013 | 2013-02-13T00:00 day", "orthodox good friday 2020 | 2020-04-17T00:00 day",
      "clean monday 2018 | 2018-02-19T00:00 day", "thanksgiving | 2013-11-28T00:00 day",
      "last thanksgiving | 2012-11-22T00:00 day", "thanksgiving in a year | 2014-11-27T00:00 day",
      "thanksgiving 3 months ago | 2012-11-22T00:00 day", "thanksgiving 2017 | 2017-11-23T00:00 day",
      "black friday | 2013-11-29T00:00 day", "MLK day 2013 | 2013-01-21T00:00 day",
      "memorial day | 2013-05-27T00:00 day", "labor day | 2013-09-02T00:00 day",
      "mother's day | 2013-05-12T00:00 day", "mothers day | 2013-05-12T00:00 day",
      "father's day | 2013-06-16T00:00 day", "presidents day | 2013-02-18T00:00 day",
      "boss's day 2016 | 2016-10-17T00:00 day", "king's day 2014 | 2014-04-26T00:00 day",
      "the closest xmas to today | 2012-12-25T00:00 day", "the 3rd closest xmas to today | 2011-12-25T00:00 day",
      "christmas after next | 2014-12-25T00:00 day", "eid eve | 2013-08-07T00:00 day",
      "eid at 5pm | 2013-08-08T17:00 hour", "the second day of eid | 2013-08-09T00:00 day",
      "morning of xmas | 2013-12-25T00:00 hour",
  })
  void englishHolidays(String text, String expected) {
    assertThat(show(en(text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> [{1}, {2})")
  @CsvSource(delimiter = '|', value = {
      "Ramadan 2018 | 2018-05-16T00:00 | 2018-06-15T00:00", "رمضان ٢٠١٨ | 2018-05-16T00:00 | 2018-06-15T00:00",
      "رمضان ١٤٤٥ هـ | 2024-03-11T00:00 | 2024-04-10T00:00", "شهر شعبان | 2013-06-10T00:00 | 2013-07-09T00:00",
      "lent 2018 | 2018-02-14T00:00 | 2018-04-01T00:00",
      "memorial day weekend | 2013-05-24T18:00 | 2013-05-28T00:00",
      "thanksgiving weekend | 2013-11-28T00:00 | 2013-12-02T00:00",
      "earth hour 2016 | 2016-03-19T20:30 | 2016-03-19T21:31", "ليلة العيد | 2013-08-07T18:00 | 2013-08-08T00:00",
  })
  void holidaysThatLastAreIntervalsWithAnExclusiveEnd(String text, String from, String to) {
    TimeValue v = TimeExpressions.parse(text, "en", DucklingClock.NOW).orElseThrow();
    assertThat(v.interval()).isTrue();
    assertThat(LocalDateTime.from(v.from())).isEqualTo(LocalDateTime.parse(from));
    assertThat(LocalDateTime.from(v.to())).isEqualTo(LocalDateTime.parse(to));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "three days after Easter | 2013-04-03T00:00 day", "a week before christmas | 2013-12-18T00:00 day",
      "2 hours after 3pm | 2013-02-12T17:00 hour", "3 days after tomorrow | 2013-02-16T00:00 day",
      "30 minutes before 3pm | 2013-02-12T14:30 minute",
      "قبل العيد بيومين | 2013-08-06T00:00 day", "يومين قبل العيد | 2013-08-06T00:00 day",
      "بعد رمضان بأسبوع | 2013-08-15T00:00 day", "قبل الخميس بيوم | 2013-02-13T00:00 day",
  })
  void aDurationCountedFromAHolidayOrAnyTimeKeepsItsGrain(String text, String expected) {
    assertThat(show(TimeExpressions.parse(text, "en", DucklingClock.NOW))).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"chinese new year", "last chinese new year", "lunar new year 2020", "رأس السنة الصينية 2024",
      "yom kippur 2018", "rosh hashanah", "passover 2018", "jewish new year", "persian new year", "spring festival"})
  void holidaysOfCalendarsWeDoNotComputeAreNothingNotTheTimeWordsInTheirNames(String text) {
    assertThat(show(TimeExpressions.parse(text, "en", DucklingClock.NOW))).isEqualTo("nothing");
  }

  @Test
  void theNextEidIsCountedFromNow() {
    ZonedDateTime afterFitr = OffsetDateTime.parse("2013-08-10T12:00:00+03:00").toZonedDateTime();
    ZonedDateTime onAdha = OffsetDateTime.parse("2013-10-15T10:00:00+03:00").toZonedDateTime();
    assertThat(day(TimeExpressions.parse("العيد", "ar", afterFitr).orElseThrow())).isEqualTo("2013-10-15");
    assertThat(day(TimeExpressions.parse("next eid", "en", afterFitr).orElseThrow())).isEqualTo("2013-10-15");
    assertThat(day(TimeExpressions.parse("العيد", "ar", onAdha).orElseThrow())).isEqualTo("2013-10-15");
    assertThat(day(TimeExpressions.parse("العيد الجاي", "ar", onAdha).orElseThrow())).isEqualTo("2014-07-28");
    assertThat(day(TimeExpressions.parse("رمضان الماضي", "ar", onAdha).orElseThrow())).isEqualTo("2013-07-09");
  }

  @Test
  void aDayIsNotMovedByHours() {
    TimeValue v = TimeExpressions.parse("an hour before christmas", "en", DucklingClock.NOW).orElseThrow();
    assertThat(v.from()).isNull(); // only "before Christmas" is read: an open interval until it
    assertThat(LocalDateTime.from(v.to())).isEqualTo(LocalDateTime.parse("2013-12-25T00:00"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Eid al-Fitr 1850", "Ramadan 2200", "رمضان 1200", "عيد الأضحى ٢٣٠٠"})
  void aHolidayOutsideWhatItsCalendarCanComputeIsNotReadRatherThanGuessed(String text) {
    assertThat(show(TimeExpressions.parse(text, "en", DucklingClock.NOW))).isEqualTo("nothing");
  }

  private static String day(TimeValue v) {
    return v.instant().toLocalDate().toString();
  }
}
