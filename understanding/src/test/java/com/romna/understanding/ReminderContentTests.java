package com.romna.understanding;

import static com.romna.understanding.UnderstandingFixtures.NOW;
import static com.romna.understanding.UnderstandingFixtures.interpret;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titles and labels: what remains once command, time and connectors are gone. */
class ReminderContentTests {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "remind me to call mom at 5 | call mom",
      "Please remind me in 10 minutes to call mom please | call mom",
      "Remind me, please, to take the pills in 2 hours. | take the pills",
      "REMIND ME IN TWENTY MINUTES TO CALL MOM!! | CALL MOM",
      "can you set a reminder for tomorrow at 10 to study | study",
      "remind me about the meeting in an hour | the meeting",
      "remind me that the shop closes at 9 pm | the shop closes",
      "don't let me forget the keys in 10 minutes | the keys",
      "remind me to look at the stars at 9 pm | look at the stars",
      "remind me to email john@x.com in an hour | email john@x.com",
      "ذكرني أن أتصل بأمي بعد ساعة | أتصل بأمي",
      "ذكرني ان اتصل بامي بعد ساعة | اتصل بامي",
      "ذكرني عن الاجتماع بعد ساعة | الاجتماع",
      "ذكرني بعد ساعة بموعد الطبيب | موعد الطبيب",
      "ذكرني غداً بدفع الإيجار | دفع الإيجار",
      "ذكرني الساعة ٧ بصلاة المغرب | صلاة المغرب",
      "ذكرني لو سمحت بعد ساعة بالدواء | الدواء",
      "ذكرني بعد ساعة call John | call John",
      "ذكرني بالغدا بعد ساعة | الغدا",
  })
  void theTitleIsWhatIsLeftInTheUsersWords(String transcript, String title) {
    Interpretation i = interpret(transcript);
    assertThat(i.intent()).isEqualTo(Intent.CREATE_REMINDER);
    assertThat(i.content()).isEqualTo(Content.titled(title));
    assertThat(i.missing()).isEmpty();
  }

  @Test
  void titlesKeepTheDiacriticsTheUserWrote() {
    Interpretation i = interpret("ذَكِّرْنِي بَعْدَ سَاعَتَيْنِ بِالدَّوَاءِ");
    assertThat(i.scheduledFor()).isEqualTo(NOW.plus(Duration.ofHours(2)));
    assertThat(i.content().title()).isEqualTo("الدَّوَاءِ");
  }

  @Test
  void emptyTitlesFallBackToADefaultInTheTranscriptsLanguage() {
    assertThat(interpret("remind me in an hour").content()).isEqualTo(Content.titled("Reminder"));
    assertThat(interpret("ذكرني بعد ساعة").content()).isEqualTo(Content.titled("تذكير"));
    assertThat(interpret("set an alarm for 7am").content()).isEqualTo(Content.titled("Alarm"));
    assertThat(interpret("اضبط منبه الساعه ٥:٤٥ صباحاً").content()).isEqualTo(Content.titled("منبه"));
  }

  @Test
  void alarmLabelsComeFromWhatIsLeft() {
    Interpretation i = interpret("set an alarm at 7 am for gym");
    assertThat(i.content()).isEqualTo(Content.titled("gym"));
    assertThat(i.scheduledFor()).isEqualTo(UnderstandingFixtures.utc("2026-11-26T07:00:00"));
  }

  @Test
  void forBeforeABareNumberIsATimeOnlyWhenNothingFollows() {
    assertThat(interpret("set an alarm for 6").scheduledFor()).isEqualTo(UnderstandingFixtures.utc("2026-11-25T18:00:00"));
    Interpretation eggs = interpret("remind me to buy eggs for 6 people");
    assertThat(eggs.content().title()).isEqualTo("buy eggs for 6 people");
    assertThat(eggs.missing()).containsExactly("time");
  }
}
