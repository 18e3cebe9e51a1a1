package com.romna.understanding;

import com.romna.understanding.prayer.Places;
import com.romna.understanding.prayer.PrayerTimes;

import static org.assertj.core.api.Assertions.assertThat;

import com.batoulapps.adhan.CalculationMethod;
import com.batoulapps.adhan.CalculationParameters;
import com.batoulapps.adhan.Coordinates;
import com.batoulapps.adhan.Madhab;
import com.batoulapps.adhan.data.DateComponents;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Prayer times come from the adhan library, by the method of the country, for the place and the date. */
class PrayerTimesTests {
  private static final Understanding UNDERSTANDING = new Understanding();

  @ParameterizedTest(name = "{0} {4}")
  @CsvSource({
      "Riyadh, 24.7136, 46.6753, Asia/Riyadh, 2026-11-25, UMM_AL_QURA",
      "Riyadh, 24.7136, 46.6753, Asia/Riyadh, 2027-03-10, UMM_AL_QURA",
      "Riyadh, 24.7136, 46.6753, Asia/Riyadh, 2027-06-21, UMM_AL_QURA",
      "Jeddah, 21.4858, 39.1925, Asia/Riyadh, 2026-11-25, UMM_AL_QURA",
      "Jeddah, 21.4858, 39.1925, Asia/Riyadh, 2027-07-15, UMM_AL_QURA",
      "Dubai, 25.2048, 55.2708, Asia/Dubai, 2026-12-21, DUBAI",
      "Dubai, 25.2048, 55.2708, Asia/Dubai, 2027-06-01, DUBAI",
      "Cairo, 30.0444, 31.2357, Africa/Cairo, 2026-11-25, EGYPTIAN",
      "Cairo, 30.0444, 31.2357, Africa/Cairo, 2027-04-01, EGYPTIAN"})
  void timesAreTheLibrarysForThePlaceDateAndTheCountrysMethod(String city, double lat, double lon, String zone,
      LocalDate day, CalculationMethod method) {
    ZoneId z = ZoneId.of(zone);
    assertThat(PrayerTimes.method(z)).isEqualTo(method);
    CalculationParameters params = method.getParameters();
    params.madhab = Madhab.SHAFI;
    var expected = new com.batoulapps.adhan.PrayerTimes(new Coordinates(lat, lon),
        new DateComponents(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), params);
    Place place = new Place(city, lat, lon, "request");
    assertThat(PrayerTimes.of(Prayer.FAJR, day, place, z).toInstant()).isEqualTo(minute(expected.fajr));
    assertThat(PrayerTimes.of(Prayer.DHUHR, day, place, z).toInstant()).isEqualTo(minute(expected.dhuhr));
    assertThat(PrayerTimes.of(Prayer.ASR, day, place, z).toInstant()).isEqualTo(minute(expected.asr));
    assertThat(PrayerTimes.of(Prayer.MAGHRIB, day, place, z).toInstant()).isEqualTo(minute(expected.maghrib));
    assertThat(PrayerTimes.of(Prayer.ISHA, day, place, z).toInstant()).isEqualTo(minute(expected.isha));
    // and they are where the sun puts them: dawn before 6, sunset between 16:30 and 19:30 local time
    assertThat(PrayerTimes.of(Prayer.FAJR, day, place, z).getHour()).isBetween(3, 5);
    assertThat(PrayerTimes.of(Prayer.MAGHRIB, day, place, z).toLocalTime())
        .isBetween(java.time.LocalTime.of(16, 30), java.time.LocalTime.of(19, 30));
  }

  private static Instant minute(java.util.Date d) {
    return d.toInstant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
  }

  @Test
  void ummAlQuraPutsIshaNinetyMinutesAfterMaghrib() {
    Place riyadh = new Place("Riyadh", 24.7136, 46.6753, "zone");
    ZoneId z = ZoneId.of("Asia/Riyadh");
    LocalDate day = LocalDate.of(2026, 11, 25);
    assertThat(Duration.between(PrayerTimes.of(Prayer.MAGHRIB, day, riyadh, z), PrayerTimes.of(Prayer.ISHA, day, riyadh, z)))
        .isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void theFridayPrayerIsDhuhrOnTheNextFriday() {
    String wednesdayNoon = "2026-11-25T09:00:00Z";
    ZonedDateTime friday = prayer(Prayer.DHUHR, "Asia/Riyadh", "2026-11-27");
    assertThat(at("ذكرني بعد صلاة الجمعة أزور أمي", "Asia/Riyadh", wednesdayNoon, null))
        .isEqualTo(friday.plusMinutes(20));
    assertThat(at("remind me before jumuah to shower", "Asia/Riyadh", wednesdayNoon, null))
        .isEqualTo(friday.minusMinutes(15));
  }

  @Test
  void inRamadanUmmAlQuraPutsIshaTwoHoursAfterMaghribOtherMethodsDoNot() {
    Place riyadh = new Place("Riyadh", 24.7136, 46.6753, "zone");
    ZoneId z = ZoneId.of("Asia/Riyadh");
    LocalDate ramadan = LocalDate.of(2027, 2, 20); // 13 Ramadan 1448 (Umm al-Qura)
    assertThat(java.time.chrono.HijrahDate.from(ramadan).get(java.time.temporal.ChronoField.MONTH_OF_YEAR))
        .isEqualTo(9);
    assertThat(Duration.between(PrayerTimes.of(Prayer.MAGHRIB, ramadan, riyadh, z),
        PrayerTimes.of(Prayer.ISHA, ramadan, riyadh, z))).isEqualTo(Duration.ofMinutes(120));
    Place dubai = new Place("Dubai", 25.2048, 55.2708, "zone");
    ZoneId d = ZoneId.of("Asia/Dubai");
    assertThat(Duration.between(PrayerTimes.of(Prayer.MAGHRIB, ramadan, dubai, d),
        PrayerTimes.of(Prayer.ISHA, ramadan, dubai, d))).isLessThan(Duration.ofMinutes(100));
  }

  private static ZonedDateTime at(String transcript, String zone, String now, Place where) {
    ZoneId z = ZoneId.of(zone);
    Interpretation i = UNDERSTANDING.interpret(transcript, null, z, Instant.parse(now), where);
    return i.scheduledFor() == null ? null : i.scheduledFor().atZone(z);
  }

  private static ZonedDateTime prayer(Prayer p, String zone, String day) {
    ZoneId z = ZoneId.of(zone);
    return com.romna.understanding.prayer.PrayerTimes.of(p, LocalDate.parse(day), Places.of(z), z).withSecond(0).withNano(0);
  }

  @Test
  void atAPrayerIsItsTimeAfterIsTwentyMinutesLaterBeforeFifteenEarlier() {
    String noon = "2026-11-25T09:00:00Z"; // Wednesday 12:00 in Riyadh
    ZonedDateTime maghrib = prayer(Prayer.MAGHRIB, "Asia/Riyadh", "2026-11-25");
    assertThat(at("ذكرني المغرب", "Asia/Riyadh", noon, null)).isEqualTo(maghrib);
    assertThat(at("ذكرني بعد المغرب", "Asia/Riyadh", noon, null)).isEqualTo(maghrib.plusMinutes(20));
    assertThat(at("ذكرني عقب صلاة العصر", "Asia/Riyadh", noon, null)) // the Gulf's "after"
        .isEqualTo(at("ذكرني بعد العصر", "Asia/Riyadh", noon, null));
    assertThat(at("remind me after maghrib", "Asia/Riyadh", noon, null)).isEqualTo(maghrib.plusMinutes(20));
    assertThat(at("ذكرني قبل المغرب", "Asia/Riyadh", noon, null)).isEqualTo(maghrib.minusMinutes(15));
    assertThat(at("ذكرني قبل المغرب بربع ساعة أشغل الفرن", "Asia/Riyadh", noon, null))
        .isEqualTo(maghrib.minusMinutes(15));
    assertThat(at("remind me 10 minutes before maghrib", "Asia/Riyadh", noon, null)).isEqualTo(maghrib.minusMinutes(10));
    assertThat(at("remind me after asr prayer", "Asia/Riyadh", noon, null))
        .isEqualTo(prayer(Prayer.ASR, "Asia/Riyadh", "2026-11-25").plusMinutes(20));
  }

  @Test
  void aPrayerAlreadyPastTodayIsTomorrowsAndADaySaidWithItIsKept() {
    String evening = "2026-11-25T17:00:00Z"; // 20:00 in Riyadh: fajr and asr are over
    assertThat(at("صحيني الفجر", "Asia/Riyadh", evening, null))
        .isEqualTo(prayer(Prayer.FAJR, "Asia/Riyadh", "2026-11-26"));
    assertThat(at("صحيني بكرة الفجر", "Asia/Riyadh", evening, null))
        .isEqualTo(prayer(Prayer.FAJR, "Asia/Riyadh", "2026-11-26"));
    assertThat(at("remind me on friday after asr to visit grandma", "Asia/Riyadh", evening, null))
        .isEqualTo(prayer(Prayer.ASR, "Asia/Riyadh", "2026-11-27").plusMinutes(20));
  }

  @Test
  void theLocationSaysWhereAndTheInterpretationSaysWhichWasUsed() {
    String noon = "2026-11-25T09:00:00Z";
    Place jeddah = new Place("Jeddah", 21.4858, 39.1925, "request");
    Interpretation there = UNDERSTANDING.interpret("ذكرني بعد المغرب", null, ZoneId.of("Asia/Riyadh"),
        Instant.parse(noon), jeddah);
    Interpretation zone = UNDERSTANDING.interpret("ذكرني بعد المغرب", null, ZoneId.of("Asia/Riyadh"),
        Instant.parse(noon));
    assertThat(there.place()).isEqualTo(jeddah);
    assertThat(zone.place().name()).isEqualTo("Riyadh");
    assertThat(zone.place().source()).isEqualTo("zone");
    assertThat(there.scheduledFor()).isAfter(zone.scheduledFor()); // the sun sets later on the Red Sea
    assertThat(UNDERSTANDING.interpret("ذكرني بعد ساعة", null, ZoneId.of("Asia/Riyadh"), Instant.parse(noon)).place())
        .isNull();
  }

  @Test
  void aClockTimeWithAPrayerNameReadsItAsThePartOfTheDay() {
    String noon = "2026-11-25T09:00:00Z";
    assertThat(at("ذكرني الساعة ٨ بعد المغرب", "Asia/Riyadh", noon, null).toLocalTime()).hasToString("20:00");
    assertThat(at("صحيني الساعة ٥ الفجر", "Asia/Riyadh", noon, null).toLocalDateTime()).hasToString("2026-11-26T05:00");
    assertThat(at("ذكرني الساعة ٣ وربع العصر", "Asia/Riyadh", noon, null).toLocalTime()).hasToString("15:15");
    assertThat(at("ذكرني سبعة إلا ربع المسا", "Asia/Riyadh", noon, null).toLocalTime()).hasToString("18:45");
  }

  @Test
  void withoutAKnownPlaceAPrayerNameIsOnlyAPartOfTheDay() {
    assertThat(at("ذكرني الساعة ٨ العشاء", "Etc/GMT+2", "2013-02-12T06:30:00Z", null).toLocalTime())
        .hasToString("20:00");
  }
}
