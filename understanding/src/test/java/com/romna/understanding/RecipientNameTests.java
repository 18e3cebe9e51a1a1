package com.romna.understanding;

import static com.romna.understanding.UnderstandingFixtures.NOW;
import static com.romna.understanding.UnderstandingFixtures.interpret;
import static com.romna.understanding.UnderstandingFixtures.utc;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A contact's name instead of an address: kept as said, and never part of the message. */
class RecipientNameTests {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "email Sara about the report | Sara | the report",
      "send an email to Sara about the report | Sara | the report",
      "Send an e-mail to sara regarding the budget | sara | the budget",
      "email John Smith about the report | John Smith | the report",
      "send Sara an email about lunch | Sara | lunch",
      "email my boss about the invoice | boss | the invoice",
      "ارسل ايميل لسارة عن الاجتماع | سارة | الاجتماع",
      "أرسل إيميل إلى سارة عن الاجتماع | سارة | الاجتماع",
      "ابعث ايميل لـ عبد الرحمن بخصوص الفاتورة | عبد الرحمن | الفاتورة",
      "ابعت لسارة ايميل عن التقرير | سارة | التقرير",
  })
  void emailToANameKeepsTheNameAndTheSubjectWithoutIt(String transcript, String name, String subject) {
    Interpretation i = interpret(transcript);
    assertThat(i.intent()).isEqualTo(Intent.SEND_EMAIL);
    assertThat(i.recipientName()).isEqualTo(name);
    assertThat(i.content()).isEqualTo(Content.email(subject, subject));
    assertThat(i.recipient()).isEqualTo(null);
    assertThat(i.missing()).isEmpty();
    assertThat(i.understood()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "whatsapp Ahmed that I'm late | Ahmed | I'm late",
      "whatsapp Ahmed I'm running late | Ahmed | I'm running late",
      "send a whatsapp message to Sara saying see you soon | Sara | see you soon",
      "text Ahmed on whatsapp that the door is open | Ahmed | the door is open",
      "whatsapp John Smith hello there | John Smith | hello there",
      "whatsapp mom that I landed | mom | I landed",
      "واتساب لأحمد إني راح أتأخر | أحمد | راح أتأخر",
      "واتساب لـأحمد إنّي راح أتأخر | أحمد | راح أتأخر",
      "ارسل واتساب إلى أحمد أن الاجتماع تأجل | أحمد | الاجتماع تأجل",
      "ابعت واتس لمحمد اني في الطريق | محمد | في الطريق",
      "واتساب لعبد الله راح أتأخر | عبد الله | راح أتأخر",
      "ابعث لأحمد واتساب إني جاي | أحمد | جاي",
      "ارسل رسالة لأحمد على الواتساب إني جاي | أحمد | جاي",
      "ارسل واتساب لأمي أني راح أتأخر | أمي | راح أتأخر",
      "واتساب لليلى انو العشا جاهز | ليلى | العشا جاهز",
  })
  void whatsAppToANameKeepsTheNameAndTheMessageWithoutIt(String transcript, String name, String message) {
    Interpretation i = interpret(transcript);
    assertThat(i.intent()).isEqualTo(Intent.SEND_WHATSAPP);
    assertThat(i.recipientName()).isEqualTo(name);
    assertThat(i.content()).isEqualTo(Content.message(message));
    assertThat(i.recipient()).isEqualTo(null);
    assertThat(i.scheduledFor()).isEqualTo(NOW);
    assertThat(i.missing()).isEmpty();
  }

  @Test
  void aNameWithoutContentMissesOnlyTheContent() {
    Interpretation arabic = interpret("جهز رسالة واتساب لأحمد");
    assertThat(arabic.recipientName()).isEqualTo("أحمد");
    assertThat(arabic.content()).isEqualTo(Content.message(null));
    assertThat(arabic.recipient()).isEqualTo(null);
    assertThat(arabic.missing()).containsExactly("content");
    Interpretation english = interpret("email Sara");
    assertThat(english.recipientName()).isEqualTo("Sara");
    assertThat(english.missing()).containsExactly("content");
  }

  @Test
  void theTimeBetweenNameAndContentIsWhenToSend() {
    Interpretation english = interpret("email Sara tomorrow at 9 about the report");
    assertThat(english.recipientName()).isEqualTo("Sara");
    assertThat(english.scheduledFor()).isEqualTo(utc("2026-11-26T09:00:00"));
    assertThat(english.content().subject()).isEqualTo("the report");
    Interpretation arabic = interpret("ارسل ايميل لسارة بكرة الساعة ٩ عن الاجتماع");
    assertThat(arabic.recipientName()).isEqualTo("سارة");
    assertThat(arabic.scheduledFor()).isEqualTo(utc("2026-11-26T09:00:00"));
    assertThat(arabic.content().subject()).isEqualTo("الاجتماع");
  }

  @Test
  void anAddressOrNumberWinsOverAnyName() {
    Interpretation email = interpret("email Sara at sara@example.com about the report");
    assertThat(email.recipientName()).isNull();
    assertThat(email.recipient()).isEqualTo("sara@example.com");
    Interpretation whatsApp = interpret("واتساب لأحمد على +966501234567 إني جاي");
    assertThat(whatsApp.recipientName()).isNull();
    assertThat(whatsApp.recipient()).isEqualTo("+966501234567");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "send an email tomorrow about the report",
      "draft an email about the invoice",
      "please send a quick email about the trip",
      "send whatsapp saying hello",
      "whatsapp him that I'm late",
      "send a whatsapp to the team saying hi",
      "ارسل واتساب لهم اني جاي",
      "ابعث بسرعة ايميل عن الاجتماع",
      "ارسل واتساب لي اني وصلت",
  })
  void pronounsArticlesTimesAndFillersAreNoNames(String transcript) {
    Interpretation i = interpret(transcript);
    assertThat(i.recipientName()).isNull();
    assertThat(i.missing()).contains("recipient");
  }

  @Test
  void remindersNeverHaveARecipientName() {
    Interpretation i = interpret("remind me to email Sara tomorrow at 9");
    assertThat(i.intent()).isEqualTo(Intent.CREATE_REMINDER);
    assertThat(i.recipientName()).isNull();
    assertThat(i.content().title()).isEqualTo("email Sara");
  }
}
