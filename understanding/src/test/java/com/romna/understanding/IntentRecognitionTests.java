package com.romna.understanding;

import static com.romna.understanding.UnderstandingFixtures.interpret;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IntentRecognitionTests {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "remind me in 5 minutes | create_reminder",
      "Remind Me In 5 Minutes | create_reminder",
      "set a reminder in 5 minutes | create_reminder",
      "don't let me forget the keys in 5 minutes | create_reminder",
      "don’t let me forget the keys in 5 minutes | create_reminder",
      "ذكرني بعد 5 دقائق | create_reminder",
      "ذكريني بعد 5 دقائق | create_reminder",
      "ذكّرني بعد 5 دقائق | create_reminder",
      "ذكرنى بعد 5 دقائق | create_reminder",
      "فكرني بعد 5 دقائق | create_reminder",
      "حط تذكير بعد 5 دقائق | create_reminder",
      "wake me at 6 | create_alarm",
      "wake me up at 6 | create_alarm",
      "set an alarm for 6 | create_alarm",
      "alarm at 6 | create_alarm",
      "صحيني الساعة 6 | create_alarm",
      "صحّيني الساعة 6 | create_alarm",
      "اضبط منبه الساعة 6 | create_alarm",
      "فيقني الساعة 6 | create_alarm",
      "قومني الساعة 6 | create_alarm",
      "email a@b.com about lunch | send_email",
      "send an e-mail to a@b.com about lunch | send_email",
      "mail a@b.com about lunch | send_email",
      "ارسل ايميل إلى a@b.com عن الغداء | send_email",
      "أرسل إيميل إلى a@b.com عن الغداء | send_email",
      "ابعث بريد إلكتروني إلى a@b.com عن الغداء | send_email",
      "ارسل ميل إلى a@b.com عن الغداء | send_email",
      "ارسل رسالة إلكترونية إلى a@b.com عن الغداء | send_email",
      "whatsapp +966501234567 saying hi | send_whatsapp",
      "send a whats app to +966501234567 saying hi | send_whatsapp",
      "ارسل واتساب إلى +966501234567 أني وصلت | send_whatsapp",
      "ارسل واتس اب إلى +966501234567 أني وصلت | send_whatsapp",
      "ارسل واتس آب إلى +966501234567 أني وصلت | send_whatsapp",
      "ابعت واتس لـ +966501234567 أني وصلت | send_whatsapp",
      "ارسل وتساب إلى +966501234567 أني وصلت | send_whatsapp",
      "ارسل بالواتساب إلى +966501234567 أني وصلت | send_whatsapp",
  })
  void commandWordsInBothLanguagesSelectTheIntent(String transcript, String wire) {
    Interpretation i = interpret(transcript);
    assertThat(i.intent()).isNotNull();
    assertThat(i.intent().wire()).isEqualTo(wire);
    assertThat(i.missing()).isEmpty();
  }

  @Test
  void theFirstCommandWordWins() {
    assertThat(interpret("remind me to email john@x.com in an hour").intent()).isEqualTo(Intent.CREATE_REMINDER);
    assertThat(interpret("set an alarm to remind me at 7").intent()).isEqualTo(Intent.CREATE_ALARM);
    assertThat(interpret("ذكرني أرسل واتساب بعد ساعة").intent()).isEqualTo(Intent.CREATE_REMINDER);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "what's the weather like today", "play some music", "tell me a joke", "how are you",
      "كيف الجو اليوم", "شغل أغنية", "مرحبا", "   ", "...", "6:30 tomorrow",
  })
  void anythingElseHasNoIntent(String transcript) {
    Interpretation i = interpret(transcript);
    assertThat(i.intent()).isNull();
    assertThat(i.scheduledFor()).isNull();
    assertThat(i.content()).isNull();
    assertThat(i.missing()).containsExactly("intent");
    assertThat(i.understood()).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  void nullOrEmptyTranscriptsHaveNoIntent(String transcript) {
    Interpretation i = interpret(transcript);
    assertThat(i.intent()).isNull();
    assertThat(i.missing()).containsExactly("intent");
    assertThat(i.language()).isEqualTo("en");
  }

  @Test
  void aReminderWithoutATimeKeepsItsTitleAndMissesTheTime() {
    Interpretation i = interpret("remind me to call mom");
    assertThat(i.intent()).isEqualTo(Intent.CREATE_REMINDER);
    assertThat(i.scheduledFor()).isNull();
    assertThat(i.content().title()).isEqualTo("call mom");
    assertThat(i.missing()).containsExactly("time");
    Interpretation arabic = interpret("ذكرني");
    assertThat(arabic.content().title()).isEqualTo("تذكير");
    assertThat(arabic.missing()).containsExactly("time");
  }
}
