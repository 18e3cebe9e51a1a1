package com.romna.understanding;

import com.romna.understanding.holidays.DateRule;
import com.romna.understanding.holidays.Easter;
import com.romna.understanding.holidays.HijriCalendar;
import com.romna.understanding.holidays.Holiday;
import com.romna.understanding.holidays.IslamicHolidays;
import com.romna.understanding.time.Slot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The calendar rules holidays are computed with: the computus, Umm al-Qura, weekday rules. */
class HolidayCalendarsTests {
  private static final ZonedDateTime RIYADH_NOW = ZonedDateTime.of(2026, 11, 25, 20, 0, 0, 0, ZoneId.of("Asia/Riyadh"));

  @ParameterizedTest(name = "Easter {0} is {1}")
  @CsvSource({"1818, 1818-03-22", "1943, 1943-04-25", "2010, 2010-04-04", "2013, 2013-03-31", "2019, 2019-04-21",
      "2024, 2024-03-31", "2025, 2025-04-20", "2038, 2038-04-25"})
  void westernEasterFollowsTheGregorianComputus(int year, String date) {
    assertThat(Easter.western(year)).isEqualTo(LocalDate.parse(date));
  }

  @ParameterizedTest(name = "Orthodox Easter {0} is {1}")
  @CsvSource({"2013, 2013-05-05", "2018, 2018-04-08", "2020, 2020-04-19", "2021, 2021-05-02", "2023, 2023-04-16",
      "2024, 2024-05-05", "2025, 2025-04-20"})
  void orthodoxEasterFollowsTheJulianComputusMovedToGregorianDates(int year, String date) {
    assertThat(Easter.orthodox(year)).isEqualTo(LocalDate.parse(date));
  }

  @ParameterizedTest(name = "{0}-{1}-{2} AH is {3}")
  @CsvSource({"1434, 10, 1, 2013-08-08", "1434, 12, 10, 2013-10-15", "1441, 1, 1, 2019-08-31",
      "1445, 9, 1, 2024-03-11", "1448, 10, 1, 2027-03-09"})
  void hijriDatesComeFromUmmAlQura(int year, int month, int day, String date) {
    assertThat(HijriCalendar.date(year, month, day)).isEqualTo(LocalDate.parse(date));
  }

  @Test
  void hijriDatesOutsideTheUmmAlQuraTableAreUnknownRatherThanGuessed() {
    assertThat(HijriCalendar.date(1299, 10, 1)).isNull();
    assertThat(HijriCalendar.date(1601, 10, 1)).isNull();
    assertThat(HijriCalendar.date(1445, 9, 31)).isNull();
    ZonedDateTime past = ZonedDateTime.of(2200, 1, 1, 0, 0, 0, 0, ZoneId.of("UTC"));
    assertThat(IslamicHolidays.EID_AL_FITR.next(past)).isNull();
  }

  @Test
  void weekdayRulesCountInTheMonthAndMoveOffWeekends() {
    assertThat(DateRule.nth(4, java.time.DayOfWeek.THURSDAY, 11).in(2013)).isEqualTo(LocalDate.of(2013, 11, 28));
    assertThat(DateRule.nth(-1, java.time.DayOfWeek.MONDAY, 5).in(2026)).isEqualTo(LocalDate.of(2026, 5, 25));
    assertThat(DateRule.fixed(10, 16).closestWorkday().in(2016)).isEqualTo(LocalDate.of(2016, 10, 17));
    assertThat(DateRule.fixed(10, 16).closestWorkday().in(2021)).isEqualTo(LocalDate.of(2021, 10, 15));
    assertThat(DateRule.fixed(4, 27).unlessOn(java.time.DayOfWeek.SUNDAY, -1).in(2014))
        .isEqualTo(LocalDate.of(2014, 4, 26));
  }

  @Test
  void eidIsWhicheverEidComesFirstAndNextNeverMeansTheOneUnderWay() {
    Holiday eid = Holiday.either(IslamicHolidays.EID_AL_FITR, IslamicHolidays.EID_AL_ADHA);
    assertThat(eid.next(RIYADH_NOW).start().toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 9));
    ZonedDateTime onEid = ZonedDateTime.of(2027, 3, 9, 10, 0, 0, 0, ZoneId.of("Asia/Riyadh"));
    assertThat(eid.next(onEid).start().toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 9));
    assertThat(eid.after(onEid, 1).start().toLocalDate()).isEqualTo(LocalDate.of(2027, 5, 16));
    assertThat(eid.before(onEid, 1).start().toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 27));
  }

  @Test
  void ramadanLastsUntilEidAlFitr() {
    Slot ramadan = IslamicHolidays.RAMADAN_MONTH.occurrence(1439, RIYADH_NOW);
    assertThat(ramadan.start().toLocalDate()).isEqualTo(LocalDate.of(2018, 5, 16));
    assertThat(ramadan.end().toLocalDate()).isEqualTo(LocalDate.of(2018, 6, 15));
    assertThat(ramadan.grain()).isEqualTo(Grain.DAY);
  }
}
