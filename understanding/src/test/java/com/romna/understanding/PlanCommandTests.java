package com.romna.understanding;

import static com.romna.understanding.UnderstandingFixtures.interpret;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Requests about existing plans are their own outcome: no intent, nothing missing, no plan created. */
class PlanCommandTests {

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "cancel my reminder | CANCEL | REMINDER", "delete the alarm | CANCEL | ALARM",
      "turn off my alarm | CANCEL | ALARM", "don't remind me | CANCEL | REMINDER",
      "cancel the email to john | CANCEL | EMAIL", "الغي التذكير | CANCEL | REMINDER",
      "ألغِ التذكير | CANCEL | REMINDER", "امسح المنبه | CANCEL | ALARM", "كنسل المنبّه | CANCEL | ALARM",
      "احذف الرسالة | CANCEL | WHATSAPP", "show my reminders | LIST | REMINDER", "list my alarms | LIST | ALARM",
      "what reminders do I have | LIST | REMINDER", "وش عندي تذكيرات | LIST | REMINDER",
      "شو عندي منبهات بكرا | LIST | ALARM", "ايه التذكيرات اللي عندي | LIST | REMINDER",
      "أجّل المنبه ١٠ دقايق | SNOOZE | ALARM", "postpone my reminder by an hour | SNOOZE | REMINDER",
  })
  void commandsNameTheActionAndTheKindOfPlan(String transcript, PlanCommand.Action action, PlanKind target) {
    Interpretation i = interpret(transcript);
    assertThat(i.command()).isNotNull();
    assertThat(i.command().action()).isEqualTo(action);
    assertThat(i.command().target()).isEqualTo(target);
    assertThat(i.intent()).isNull();
    assertThat(i.content()).isNull();
    assertThat(i.scheduledFor()).isNull();
    assertThat(i.missing()).isEmpty();
    assertThat(i.understood()).isFalse();
  }

  @Test
  void snoozeCarriesItsDelayWhenOneIsSaid() {
    assertThat(interpret("أجّل المنبه ١٠ دقايق").command().delay()).isEqualTo(Duration.ofMinutes(10));
    assertThat(interpret("اجل التذكير نص ساعة").command().delay()).isEqualTo(Duration.ofMinutes(30));
    assertThat(interpret("snooze for 10 minutes").command()).isEqualTo(
        new PlanCommand(PlanCommand.Action.SNOOZE, null, Duration.ofMinutes(10)));
    assertThat(interpret("snooze").command()).isEqualTo(new PlanCommand(PlanCommand.Action.SNOOZE, null, null));
    assertThat(interpret("غفوة خمس دقايق").command().delay()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void aCommandWordAfterACreateCommandIsContent() {
    Interpretation i = interpret("remind me to cancel the alarm at 5pm");
    assertThat(i.command()).isNull();
    assertThat(i.intent()).isEqualTo(Intent.CREATE_REMINDER);
    assertThat(i.content().title()).isEqualTo("cancel the alarm");
    assertThat(interpret("ذكرني الغي الاشتراك بكرة").intent()).isEqualTo(Intent.CREATE_REMINDER);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"I need to cancel the subscription", "stop", "show me the weather", "الغي الاشتراك"})
  void cancellingSomethingThatIsNotAPlanIsNotACommand(String transcript) {
    Interpretation i = interpret(transcript);
    assertThat(i.command()).isNull();
    assertThat(i.intent()).isNull();
    assertThat(i.missing()).containsExactly("intent");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"how do I set an alarm", "why didn't my reminder ring", "what is a reminder",
      "كيف أضبط منبه", "ليش ما رن المنبه"})
  void questionsAboutTheAssistantAskForNothing(String transcript) {
    Interpretation i = interpret(transcript);
    assertThat(i.intent()).isNull();
    assertThat(i.command()).isNull();
    assertThat(i.missing()).containsExactly("intent");
  }

  @ParameterizedTest(name = "{0} -> {1} min")
  @CsvSource(delimiter = '|', value = {
      "أجّله ربع ساعة | 15", "أجلها نص ساعة | 30", "أخرها عشر دقايق | 10", "أخّره ساعة | 60",
      "postpone it 10 minutes | 10", "push it back 15 minutes | 15",
  })
  void itInTheVerbSnoozesTheOneMeantByTheLengthSaid(String transcript, int minutes) {
    PlanCommand c = interpret(transcript).command();
    assertThat(c).isEqualTo(new PlanCommand(PlanCommand.Action.SNOOZE, null, Duration.ofMinutes(minutes)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // said on Wednesday 2026-11-25 at 17:00 UTC
      "خليها بعد ساعة | 2026-11-25T18:00:00Z", "خليه بعد ربع ساعة | 2026-11-25T17:15:00Z",
      "خليها بكرة الساعة ٩ | 2026-11-26T09:00:00Z", "غيّره لبكرة ٩ الصبح | 2026-11-26T09:00:00Z",
      "move it to tomorrow at 9 | 2026-11-26T09:00:00Z", "make it 8pm | 2026-11-25T20:00:00Z",
      "postpone my reminder to tomorrow at 9 | 2026-11-26T09:00:00Z", "أجل التذكير لبكرة | 2026-11-26T09:00:00Z",
      "delay my alarm until 7am | 2026-11-26T07:00:00Z",
  })
  void aMoveByItOrToATimeCarriesTheNewTime(String transcript, String meant) {
    Interpretation i = interpret(transcript);
    PlanCommand c = i.command();
    assertThat(c.action()).isEqualTo(PlanCommand.Action.RESCHEDULE);
    assertThat(c.about()).isNull();
    assertThat(c.to() != null ? c.to() : c.at()).isEqualTo(java.time.Instant.parse(meant));
    assertThat(i.timeProblem()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"خليها", "خليها بعد شوي", "move it", "change it to spanish", "خليه يصحيني الساعة ٦",
      "make it quick", "remind me to move it to friday", "ذكرني بعد ساعة", "remind me in an hour",
      "cancel my last order", "الغي الاشتراك الأخير"})
  void itWithoutATimeRightAfterItIsNoMoveAndNewRequestsStayNew(String transcript) {
    Interpretation i = interpret(transcript);
    assertThat(i.command()).as(transcript).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"cancel the last one", "delete the latest one", "الغي الأخير", "الغي آخر واحد",
      "امسح آخر واحد"})
  void theLastOneWithoutAKindIsTheNewestPlan(String transcript) {
    PlanCommand c = interpret(transcript).command();
    assertThat(c).isEqualTo(new PlanCommand(PlanCommand.Action.CANCEL, null, null, null, true, null, null));
  }

  @Test
  void theWordsOfASnoozeLengthDoNotNameThePlan() {
    assertThat(interpret("delay my alarm by 10 minutes").command()).isEqualTo(
        new PlanCommand(PlanCommand.Action.SNOOZE, PlanKind.ALARM, Duration.ofMinutes(10)));
    assertThat(interpret("أجل المنبه لمدة ١٠ دقايق").command()).isEqualTo(
        new PlanCommand(PlanCommand.Action.SNOOZE, PlanKind.ALARM, Duration.ofMinutes(10)));
    assertThat(interpret("اجل التذكير نص ساعة").command().about()).isNull();
  }

  @Test
  void aBareHourOnAnotherDayIsAskedForAReminderAndTheMorningForAnAlarm() {
    // Wednesday: "Thursday at 5" is tomorrow, at night or in the afternoon; an alarm rings in the morning
    Interpretation reminder = interpret("move my dentist reminder to Thursday at 5");
    assertThat(reminder.command().to()).isNull();
    assertThat(reminder.timeProblem()).isEqualTo(Interpretation.TimeProblem.AMBIGUOUS);
    assertThat(reminder.reply()).contains("am or pm");
    assertThat(interpret("move my alarm to Thursday at 5").command().to())
        .isEqualTo(java.time.Instant.parse("2026-11-26T05:00:00Z"));
    assertThat(interpret("move my dentist reminder to Thursday at 5pm").command().to())
        .isEqualTo(java.time.Instant.parse("2026-11-26T17:00:00Z"));
  }

  @Test
  void theKindNamedWinsOverAGeneralNounAndTheMeetingNamesThePlan() {
    PlanCommand c = interpret("غيّر موعد تذكير الاجتماع للساعة ٩").command();
    assertThat(c.target()).isEqualTo(PlanKind.REMINDER);
    assertThat(c.about()).isEqualTo("الاجتماع");
    assertThat(interpret("cancel my meeting reminder").command().about()).isEqualTo("meeting");
  }
}
