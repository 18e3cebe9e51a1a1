package com.romna.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * The sentences the product got wrong (the table of issue 8), said in Riyadh on Wednesday 2026-11-25 at 12:00,
 * and the rules behind them: one grammar, day parts bind the clock, after midnight "tomorrow" is the coming
 * daytime, a wrong time is worse than none.
 */
class ProductTimeRulesTests {
  private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
  private static final Instant NOON = Instant.parse("2026-11-25T09:00:00Z");
  private static final Understanding UNDERSTANDING = new Understanding();

  private static Interpretation say(String transcript) {
    return say(transcript, NOON);
  }

  private static Interpretation say(String transcript, Instant now) {
    return UNDERSTANDING.interpret(transcript, null, RIYADH, now);
  }

  private static String local(Interpretation i) {
    return i.scheduledFor() == null ? null : ZonedDateTime.ofInstant(i.scheduledFor(), RIYADH).toLocalDateTime().toString();
  }

  @Test
  void theFifteenthAtTenIsTheFifteenthAtTen() {
    assertThat(local(say("remind me on the 15th at 10 to renew my iqama"))).isEqualTo("2026-12-15T10:00");
    Interpretation ar = say("ذكرني يوم ١٥ الساعة ١٠ أجدد الإقامة");
    assertThat(local(ar)).isEqualTo("2026-12-15T10:00");
    assertThat(ar.content().title()).isEqualTo("أجدد الإقامة");
  }

  @Test
  void aQuarterToSevenInTheEveningKeepsItsMinutes() {
    assertThat(local(say("remind me at a quarter to seven in the evening"))).isEqualTo("2026-11-25T18:45");
  }

  @Test
  void dawnBindsTheClock() {
    assertThat(local(say("صحيني الساعة ٥ الفجر"))).isEqualTo("2026-11-26T05:00");
  }

  @Test
  void everyDayIsARecurrenceWithACleanTitle() {
    Interpretation en = say("remind me every day at 8 to take my pills");
    assertThat(en.recurrence().rule()).isEqualTo("FREQ=DAILY;BYHOUR=8;BYMINUTE=0");
    assertThat(en.content().title()).isEqualTo("take my pills");
    assertThat(local(en)).isEqualTo("2026-11-26T08:00");
    Interpretation ar = say("ذكريني كل يوم الساعة ٨ آخذ الدوا");
    assertThat(ar.recurrence().rule()).isEqualTo("FREQ=DAILY;BYHOUR=8;BYMINUTE=0");
    assertThat(ar.content().title()).isEqualTo("آخذ الدوا");
    assertThat(say("كل يوم جمعة الساعة ١٠ ذكرني أتصل بأمي").recurrence().rule())
        .isEqualTo("FREQ=WEEKLY;BYDAY=FR;BYHOUR=10;BYMINUTE=0");
    assertThat(say("wake me up every weekday at 6").recurrence().rule())
        .isEqualTo("FREQ=WEEKLY;BYDAY=SU,MO,TU,WE,TH;BYHOUR=6;BYMINUTE=0"); // Riyadh's working week
    assertThat(say("remind me every day at 8 for 2 weeks to take antibiotics").recurrence().rule())
        .isEqualTo("FREQ=DAILY;BYHOUR=8;BYMINUTE=0;UNTIL=20261210T050000Z");
    assertThat(say("remind me daily at 9 to check email until the end of march").recurrence().rule())
        .endsWith(";UNTIL=20270331T205959Z");
  }

  @Test
  void commandsAndQuestionsAboutPlansCreateNothing() {
    Interpretation off = say("أطفئ المنبه");
    assertThat(off.intent()).isNull();
    assertThat(off.command().action()).isEqualTo(PlanCommand.Action.CANCEL);
    assertThat(off.command().target()).isEqualTo(PlanKind.ALARM);
    Interpretation did = say("did i set a reminder for the dentist");
    assertThat(did.intent()).isNull();
    assertThat(did.command().action()).isEqualTo(PlanCommand.Action.QUERY);
    assertThat(did.command().about()).isEqualTo("dentist");
    Interpretation move = say("move my dentist reminder to 5pm");
    assertThat(move.command().action()).isEqualTo(PlanCommand.Action.RESCHEDULE);
    assertThat(ZonedDateTime.ofInstant(move.command().to(), RIYADH).toLocalTime()).hasToString("17:00");
    Interpretation seven = say("delete my 7 am alarm");
    assertThat(ZonedDateTime.ofInstant(seven.command().at(), RIYADH).toLocalTime()).hasToString("07:00");
    assertThat(say("cancel the last reminder").command().last()).isTrue();
    assertThat(say("وش عندي بكرة").command().action()).isEqualTo(PlanCommand.Action.LIST);
  }

  @Test
  void prayerTimesAreTimes() {
    assertThat(say("ذكرني بعد المغرب").scheduledFor()).isNotNull();
    assertThat(say("remind me after asr prayer").scheduledFor()).isNotNull();
    assertThat(say("صحيني الفجر").scheduledFor()).isNotNull();
  }

  @Test
  void intentsAsPeopleSayThem() {
    Interpretation up = say("get me up at 6:15");
    assertThat(up.intent()).isEqualTo(Intent.CREATE_ALARM);
    assertThat(local(up)).isEqualTo("2026-11-25T18:15");
    Interpretation timer = say("set a timer for 10 minutes");
    assertThat(timer.intent()).isEqualTo(Intent.CREATE_ALARM);
    assertThat(local(timer)).isEqualTo("2026-11-25T12:10");
    Interpretation dinner = say("put dinner with Sara on my calendar tomorrow at 8 pm");
    assertThat(dinner.intent()).isEqualTo(Intent.CREATE_REMINDER);
    assertThat(local(dinner)).isEqualTo("2026-11-26T20:00");
    assertThat(dinner.content().title()).isEqualTo("dinner with Sara");
  }

  @Test
  void tomorrowSaidAfterMidnightIsTheComingDaytimeAndTheReplySaysTheDate() {
    Instant halfPastOne = Instant.parse("2026-11-24T22:30:00Z"); // 01:30 on Wednesday in Riyadh
    Interpretation en = say("remind me tomorrow at 9 to pay rent", halfPastOne);
    assertThat(local(en)).isEqualTo("2026-11-25T09:00");
    assertThat(en.reply()).contains("Wednesday 25 November");
    assertThat(local(say("ذكرني بكرة الساعة ٩ أدفع الإيجار", halfPastOne))).isEqualTo("2026-11-25T09:00");
    assertThat(local(say("صحيني باچر الساعة ٦", halfPastOne))).isEqualTo("2026-11-25T06:00");
    assertThat(local(say("remind me tomorrow at 9 to pay rent"))).isEqualTo("2026-11-26T09:00");
  }

  @Test
  void corpusShorthandNeverOverridesOrdinaryWords() {
    assertThat(local(say("remind me to call the boy at 5pm"))).isEqualTo("2026-11-25T17:00");
    assertThat(say("remind me to call the boy at 5pm").content().title()).isEqualTo("call the boy");
    assertThat(local(say("remind me about the bom report at 5pm"))).isEqualTo("2026-11-25T17:00");
  }

  @Test
  void aContradictionOrAPastTimeIsRefusedAndSaysWhy() {
    Interpretation both = say("remind me at 5 in the evening at dawn");
    assertThat(both.scheduledFor()).isNull();
    assertThat(both.timeProblem()).isEqualTo(Interpretation.TimeProblem.AMBIGUOUS);
    assertThat(both.reply()).contains("ambiguous");
    Interpretation gone = say("remind me today at 3am");
    assertThat(gone.scheduledFor()).isNull();
    assertThat(gone.timeProblem()).isEqualTo(Interpretation.TimeProblem.PAST);
    assertThat(say("ذكرني اليوم الساعة ٣ الصبح").reply()).contains("فات");
    assertThat(say("remind me within 2 hours").scheduledFor()).isNull(); // a deadline is not a time
  }

  @Test
  void repliesSpeakTheUsersLanguageWithArabicDigits() {
    assertThat(say("ذكرني بكرة الساعة ٩ الصبح أدفع الإيجار").reply())
        .isEqualTo("تمام، راح أذكرك بكرة الخميس ٢٦ نوفمبر الساعة ٩:٠٠ الصبح: أدفع الإيجار");
    assertThat(say("remind me tomorrow at 9am to pay rent").reply())
        .isEqualTo("OK, I'll remind you tomorrow, Thursday 26 November, at 9:00 AM: pay rent.");
    assertThat(say("remind me to buy milk").reply()).contains("When should I remind you");
    assertThat(say("what's the weather").reply()).startsWith("Sorry");
  }
}
