package com.romna.understanding;

import static com.romna.understanding.DucklingClock.en;
import static com.romna.understanding.DucklingClock.show;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** English time expressions, resolved against Tuesday 2013-02-12 04:30 (-02:00) with Duckling's grains. */
class TimeExpressionsEnglishTests {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "now | 2013-02-12T04:30 second", "right now | 2013-02-12T04:30 second",
      "today | 2013-02-12T00:00 day", "tomorrow | 2013-02-13T00:00 day", "yesterday | 2013-02-11T00:00 day",
      "the day after tomorrow | 2013-02-14T00:00 day", "the day before yesterday | 2013-02-10T00:00 day",
  })
  void daysNamedFromTodayAreWholeDays(String text, String expected) {
    assertThat(show(en(text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "friday | 2013-02-15T00:00 day", "tuesday | 2013-02-19T00:00 day", "this monday | 2013-02-18T00:00 day",
      "next Friday | 2013-02-22T00:00 day", "next wednesday | 2013-02-20T00:00 day",
      "last sunday | 2013-02-10T00:00 day", "friday after next | 2013-02-22T00:00 day",
      "wednesday next week | 2013-02-20T00:00 day", "tuesday of this week | 2013-02-12T00:00 day",
      "three fridays from now | 2013-03-01T00:00 day", "2 thursdays ago | 2013-01-31T00:00 day",
  })
  void weekdaysAreTheNextOneAndNextMeansNextWeeks(String text, String expected) {
    assertThat(show(en(text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "the 5th | 2013-03-05T00:00 day", "5 March | 2013-03-05T00:00 day", "March 5th 2014 | 2014-03-05T00:00 day",
      "the first of march | 2013-03-01T00:00 day", "5/3 | 2013-05-03T00:00 day", "2/2013 | 2013-02-01T00:00 month",
      "2015-03-03 | 2015-03-03T00:00 day", "10/31/74 | 1974-10-31T00:00 day", "Monday, Feb 18 | 2013-02-18T00:00 day",
      "Jul 18, Fri | 2014-07-18T00:00 day", "14april 2015 | 2015-04-14T00:00 day", "christmas | 2013-12-25T00:00 day",
  })
  void datesTakeTheirNextOccurrenceOrTheYearSaid(String text, String expected) {
    assertThat(show(en(text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "at 3am | 2013-02-13T03:00 hour", "3pm | 2013-02-12T15:00 hour", "at three twenty | 2013-02-12T15:20 minute",
      "4:23am | 2013-02-12T04:23 minute", "15h30 | 2013-02-12T15:30 minute", "330 p.m. | 2013-02-12T15:30 minute",
      "a quarter past noon | 2013-02-12T12:15 minute", "15 to noon | 2013-02-12T11:45 minute",
      "half past three pm | 2013-02-12T15:30 minute", "9:01:10 AM | 2013-02-12T09:01:10 second",
      "at noon | 2013-02-12T12:00 hour", "midnight | 2013-02-13T00:00 hour",
      "3 o'clock in the afternoon | 2013-02-12T15:00 hour", "8 tonight | 2013-02-12T20:00 hour",
      "tomorrow at 5pm | 2013-02-13T17:00 hour", "at 9am on Saturday | 2013-02-16T09:00 hour",
      "4pm CET | 2013-02-12T13:00 minute", "Thursday 8:00 pst | 2013-02-14T14:00 minute",
  })
  void clockTimesUseAmPmPartsOfTheDayAndZones(String text, String expected) {
    assertThat(show(en(text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "in the morning | 2013-02-12T00:00 hour", "tonight | 2013-02-12T18:00 hour",
      "this evening | 2013-02-12T18:00 hour", "tomorrow evening | 2013-02-13T18:00 hour",
      "in the afternoon | 2013-02-12T12:00 hour", "this week-end | 2013-02-15T18:00 hour",
  })
  void partsOfTheDayAreIntervalsFromTheirFirstHour(String text, String expected) {
    assertThat(show(en(text))).isEqualTo(expected);
    assertThat(en(text).orElseThrow().interval()).isTrue();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "next month | 2013-03-01T00:00 month", "this year | 2013-01-01T00:00 year", "last week | 2013-02-04T00:00 week",
      "Q3 | 2013-07-01T00:00 quarter", "4th qtr 2018 | 2018-10-01T00:00 quarter", "18q4 | 2018-10-01T00:00 quarter",
      "next March | 2013-03-01T00:00 month", "upcoming 2 weeks | 2013-02-25T00:00 week",
      "the first Monday of the month | 2013-02-04T00:00 day", "last day in october 2015 | 2015-10-31T00:00 day",
      "third last week of 2018 | 2018-12-10T00:00 week", "the week of october 7th | 2013-10-07T00:00 week",
      "end of the month | 2013-02-21T00:00 day", "beginning of January | 2014-01-01T00:00 day",
      "end of 2012 | 2012-09-01T00:00 month", "this summer | 2013-06-21T00:00 day",
  })
  void weeksMonthsQuartersYearsAndTheirParts(String text, String expected) {
    assertThat(show(en(text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "in 2 minutes | 2013-02-12T04:32 second", "in a couple of hours | 2013-02-12T06:30 minute",
      "in a few minutes | 2013-02-12T04:33 second", "in 2.5 hours | 2013-02-12T07:00 second",
      "in 1/2 h | 2013-02-12T05:00 second", "a day from now | 2013-02-13T04:00 hour",
      "in 1 week | 2013-02-19T00:00 day", "three months ago | 2012-11-12T00:00 day",
      "two years hence | 2015-02-01T00:00 month", "3 years from today | 2016-02-12T00:00 day",
      "in 7 days at 5pm | 2013-02-19T17:00 hour", "in 15 | 2013-02-12T04:45 second",
  })
  void durationsFromNowAreReportedOneGrainFinerThanTheirUnit(String text, String expected) {
    assertThat(show(en(text))).isEqualTo(expected);
  }

  @Test
  void rangesStartAtTheirFirstEndAndTakeWhatIsSaidOnce() {
    TimeValue pm = en("from 3 to 4 pm").orElseThrow();
    assertThat(show(en("from 3 to 4 pm"))).isEqualTo("2013-02-12T15:00 hour");
    assertThat(pm.to().toLocalDateTime()).hasToString("2013-02-12T17:00");
    assertThat(pm.interval()).isTrue();
    assertThat(show(en("July 13 to 15"))).isEqualTo("2013-07-13T00:00 day");
    assertThat(show(en("from the 13th to the 15th of July"))).isEqualTo("2013-07-13T00:00 day");
    assertThat(show(en("Thursday from 9:30 to 11:00"))).isEqualTo("2013-02-14T09:30 minute");
    assertThat(show(en("9h30 - 11h00 CST"))).isEqualTo("2013-02-12T13:30 minute");
    assertThat(show(en("4pm for 30 mins"))).isEqualTo("2013-02-12T16:00 minute");
  }

  @Test
  void openIntervalsKeepTheEndThatWasSaid() {
    TimeValue until = en("through 2:00pm").orElseThrow();
    assertThat(until.from()).isNull();
    assertThat(show(en("through 2:00pm"))).isEqualTo("2013-02-12T14:00 minute");
    assertThat(en("anytime after 2014").orElseThrow().to()).isNull();
    assertThat(show(en("by EOD"))).isEqualTo("2013-02-12T04:30 second");
    assertThat(show(en("within 2 weeks"))).isEqualTo("2013-02-12T04:30 second");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"25", "3 30", "three twenty", "at 650.650.6500", "at 650-650-6500", "two sixty a m",
      "Pay ABC 2000", "4a", "A4 A5", "palm", "this is the one", "at a couple of", "single o'clock", "", "   "})
  void numbersAndWordsThatOnlyLookLikeTimesAreNothing(String text) {
    assertThat(en(text)).isEmpty();
  }

  @Test
  void ambiguousBitsAloneAreNothingButCountNextToATime() {
    assertThat(en("7")).isEmpty();
    assertThat(en("morning")).isEmpty();
    assertThat(en("1974")).isEmpty();
    assertThat(show(en("9 tomorrow"))).isEqualTo("2013-02-13T09:00 hour");
    assertThat(show(en("in 1974"))).isEqualTo("1974-01-01T00:00 year");
  }
}
