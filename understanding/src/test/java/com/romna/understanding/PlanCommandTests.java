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
}
