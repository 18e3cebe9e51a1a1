package com.romna.understanding;

import static com.romna.understanding.DucklingClock.ar;
import static com.romna.understanding.DucklingClock.show;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Arabic time expressions (MSA, Gulf, Levantine, Egyptian), against Tuesday 2013-02-12 04:30 (-02:00). */
class TimeExpressionsArabicTests {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "الآن | 2013-02-12T04:30 second", "هلق | 2013-02-12T04:30 second", "اليوم | 2013-02-12T00:00 day",
      "بكرة | 2013-02-13T00:00 day", "بكره | 2013-02-13T00:00 day", "بكرا | 2013-02-13T00:00 day",
      "غداً | 2013-02-13T00:00 day", "باچر | 2013-02-13T00:00 day", "بعد بكرة | 2013-02-14T00:00 day",
      "أمس | 2013-02-11T00:00 day", "مبارح | 2013-02-11T00:00 day", "اول امس | 2013-02-10T00:00 day",
      "النهارده | 2013-02-12T00:00 day",
  })
  void daysNamedFromTodayInEveryDialect(String text, String expected) {
    assertThat(show(ar(text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "الجمعة | 2013-02-15T00:00 day", "الجمعه | 2013-02-15T00:00 day", "يوم الخميس | 2013-02-14T00:00 day",
      "الثلاثاء القادم | 2013-02-19T00:00 day", "الأحد الماضي | 2013-02-10T00:00 day",
      "الجمعة بعد الجاية | 2013-02-22T00:00 day", "الاثنين من هذا الاسبوع | 2013-02-11T00:00 day",
  })
  void weekdaysWithTheirArabicModifiersAfterThem(String text, String expected) {
    assertThat(show(ar(text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "٥ مارس | 2013-03-05T00:00 day", "٥ آذار | 2013-03-05T00:00 day", "5 اذار | 2013-03-05T00:00 day",
      "الخامس من آذار | 2013-03-05T00:00 day", "١٥ كانون الأول | 2013-12-15T00:00 day",
      "٣ تشرين الثاني ٢٠١٤ | 2014-11-03T00:00 day", "١٤ شهر شباط | 2013-02-14T00:00 day",
      "21/09 | 2013-09-21T00:00 day", "بداية شهر 3 | 2013-03-01T00:00 day", "منتصف اذار | 2013-03-15T00:00 day",
      "الثلاثاء التاسع عشر | 2013-02-19T00:00 day", "ثالث ثلاثاء في ايلول في سنة 2014 | 2014-09-16T00:00 day",
      "اخر اثنين من شهر اذار | 2013-03-25T00:00 day",
  })
  void datesWithGulfEgyptianAndLevantineMonthNames(String text, String expected) {
    assertThat(show(ar(text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "الساعة ٣ العصر | 2013-02-12T15:00 hour", "الساعه ثلاثة العصر | 2013-02-12T15:00 hour",
      "الساعة ستة ونص المسا | 2013-02-12T18:30 minute", "الساعة ٧ إلا ربع مساءً | 2013-02-12T18:45 minute",
      "الساعة الثالثة وربع العصر | 2013-02-12T15:15 minute", "الساعة ثلاثة وثلث مساءا | 2013-02-12T15:20 minute",
      "الساعة الخامسة الا ثلث بعد العصر | 2013-02-12T16:40 minute", "الساعة ٨ بالليل | 2013-02-12T20:00 hour",
      "الساعة ٢ بالليل | 2013-02-12T02:00 hour", "٦ الصبح | 2013-02-12T06:00 hour",
      "الساعة 8 العشاء | 2013-02-12T20:00 hour", "3:18 صباحا | 2013-02-12T03:18 minute",
      "الساعة ١٢ ونص ظهرا | 2013-02-12T12:30 minute", "بحدود الساعة الثالثة | 2013-02-12T15:00 hour",
      "بكرة الساعة ٩ الصبح | 2013-02-13T09:00 hour", "الخميس الساعة 8 بتوقيت GMT | 2013-02-14T06:00 minute",
  })
  void clockTimesWithArabicPartsOfTheDayAndFractions(String text, String expected) {
    assertThat(show(ar(text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "بعد ساعتين | 2013-02-12T06:30 minute", "بعد ساعتان | 2013-02-12T06:30 minute",
      "بعد نص ساعة | 2013-02-12T05:00 second", "بعد ربع ساعة | 2013-02-12T04:45 second",
      "بعد ساعة ونص | 2013-02-12T06:00 second", "بعد ٣ أيام | 2013-02-15T04:00 hour",
      "قبل اسبوع | 2013-02-05T00:00 day", "بعد يومين | 2013-02-14T04:00 hour",
  })
  void durationsFromNowWithDualsAndFractions(String text, String expected) {
    assertThat(show(ar(text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "الليلة | 2013-02-12T18:00 hour", "الأسبوع القادم | 2013-02-18T00:00 week",
      "هذا الشهر | 2013-02-01T00:00 month", "هالسنة | 2013-01-01T00:00 year", "الشهر الماضي | 2013-01-01T00:00 month",
      "اليوم الماضي | 2013-02-11T00:00 day", "في أواخر شهر مارس | 2013-03-21T00:00 day",
      "من ١٣ تموز الى ١٥ تموز | 2013-07-13T00:00 day", "من الساعة 3 الى الساعة 4 بعد العصر | 2013-02-12T15:00 hour",
      "حتى الساعة 2:00 | 2013-02-12T04:30 second",
  })
  void nightsCyclesBoundariesAndIntervals(String text, String expected) {
    assertThat(show(ar(text))).isEqualTo(expected);
  }

  @Test
  void diacriticsTatweelAndLetterVariantsReadTheSame() {
    String plain = show(ar("الساعة ستة ونص"));
    assertThat(plain).isEqualTo("2013-02-12T06:30 minute");
    assertThat(show(ar("السَّاعَة سِتَّة ونُص"))).isEqualTo(plain);
    assertThat(show(ar("الســاعة ستة ونص"))).isEqualTo(plain);
    assertThat(show(ar("الساعه ستة ونص"))).isEqualTo(plain);
    assertThat(show(ar("الساعة ٦:٣٠"))).isEqualTo(plain);
    assertThat(show(ar("إلى الساعة ٦:٣٠"))).isEqualTo(show(ar("الى الساعة ٦:٣٠")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"حب", "اياب", "ابحث", "ساعة", "مرحبا كيف حالك", "٢٥"})
  void wordsThatAreNotTimesAreNothing(String text) {
    assertThat(ar(text)).isEmpty();
  }
}
