package com.romna.understanding;

import static com.romna.understanding.UnderstandingFixtures.NOW;
import static com.romna.understanding.UnderstandingFixtures.interpret;
import static com.romna.understanding.UnderstandingFixtures.utc;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** E-mail and WhatsApp: recipient, content, and when to send. */
class MessageTests {

  @Test
  void aTimeBeforeTheContentIsWhenToSend() {
    Interpretation i = interpret("email john@x.com tomorrow at 9 about the report");
    assertThat(i.scheduledFor()).isEqualTo(utc("2026-11-26T09:00:00"));
    assertThat(i.content()).isEqualTo(Content.email("the report", "the report"));
    assertThat(i.recipient()).isEqualTo("john@x.com");
    assertThat(i.missing()).isEmpty();
  }

  @Test
  void aTimeAfterTheContentMarkerBelongsToTheContent() {
    Interpretation i = interpret("send a whatsapp to +966501234567 saying see you in 2 hours");
    assertThat(i.scheduledFor()).isEqualTo(NOW);
    assertThat(i.content().body()).isEqualTo("see you in 2 hours");
  }

  @Test
  void whatsAppWithADelayBeforeTheMessageIsSentLater() {
    Interpretation i = interpret("send whatsapp to +966501234567 in 2 hours saying happy birthday");
    assertThat(i.scheduledFor()).isEqualTo(NOW.plus(Duration.ofHours(2)));
    assertThat(i.content()).isEqualTo(Content.message("happy birthday"));
    assertThat(i.recipient()).isEqualTo("+966501234567");
  }

  @Test
  void anAlreadyPastSendTimeIsMissing() {
    Interpretation i = interpret("email john@x.com today at 8 am about the report");
    assertThat(i.scheduledFor()).isNull();
    assertThat(i.missing()).containsExactly("time");
  }

  @Test
  void emailAddressesKeepTheirCaseAndLoseTheFullStop() {
    Interpretation i = interpret("Send an e-mail about lunch to Bob.Smith@Example.co.uk.");
    assertThat(i.content()).isEqualTo(Content.email("lunch", "lunch"));
    assertThat(i.recipient()).isEqualTo("Bob.Smith@Example.co.uk");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "send a whatsapp to +966501234567 saying I'm running late | +966501234567 | I'm running late",
      "send whats app to +1 (555) 123-4567 that I'll be late | +15551234567 | I'll be late",
      "ارسل واتساب +966 50 123 4567 اني وصلت | +966501234567 | وصلت",
      "ارسل واتساب +966-50-123-4567 أن الاجتماع تأجل | +966501234567 | الاجتماع تأجل",
      "واتساب +٩٦٦٥٠١٢٣٤٥٦٧ ان شاء الله جاي | +966501234567 | ان شاء الله جاي",
      "whatsapp +۹۶۶۵۰۱۲۳۴۵۶۷ بأن الطلب وصل | +966501234567 | الطلب وصل",
      "whatsapp +966501234567 I'm downstairs | +966501234567 | I'm downstairs",
  })
  void whatsAppNumbersAreE164AndTheMessageLosesItsConnector(String transcript, String to, String message) {
    Interpretation i = interpret(transcript);
    assertThat(i.intent()).isEqualTo(Intent.SEND_WHATSAPP);
    assertThat(i.content()).isEqualTo(Content.message(message));
    assertThat(i.recipient()).isEqualTo(to);
    assertThat(i.scheduledFor()).isEqualTo(NOW);
    assertThat(i.missing()).isEmpty();
  }

  @Test
  void emailWithoutAnAddressOrANameMissesTheRecipient() {
    Interpretation i = interpret("send an email about the report");
    assertThat(i.intent()).isEqualTo(Intent.SEND_EMAIL);
    assertThat(i.content()).isEqualTo(Content.email("the report", "the report"));
    assertThat(i.recipient()).isEqualTo(null);
    assertThat(i.recipientName()).isNull();
    assertThat(i.missing()).containsExactly("recipient");
    assertThat(interpret("ارسل ايميل عن الاجتماع").missing()).containsExactly("recipient");
  }

  @Test
  void emailWithoutContentMissesTheContent() {
    Interpretation i = interpret("send email to john@example.com");
    assertThat(i.content()).isEqualTo(Content.email(null, null));
    assertThat(i.recipient()).isEqualTo("john@example.com");
    assertThat(i.missing()).containsExactly("content");
  }

  @Test
  void whatsAppToAPronounMissesTheRecipient() {
    Interpretation i = interpret("send a whatsapp to him saying I'm late");
    assertThat(i.content()).isEqualTo(Content.message("I'm late"));
    assertThat(i.recipient()).isEqualTo(null);
    assertThat(i.recipientName()).isNull();
    assertThat(i.missing()).containsExactly("recipient");
    assertThat(interpret("ارسل واتساب لهم أني راح أتأخر").missing()).containsExactly("recipient");
  }

  @Test
  void whatsAppTooShortToBeE164MissesTheRecipient() {
    Interpretation i = interpret("whatsapp +1234567 saying hi");
    assertThat(i.recipient()).isNull();
    assertThat(i.missing()).containsExactly("recipient");
  }

  @Test
  void whatsAppWithoutAMessageMissesTheContent() {
    Interpretation i = interpret("send a whatsapp to +966501234567");
    assertThat(i.content()).isEqualTo(Content.message(null));
    assertThat(i.recipient()).isEqualTo("+966501234567");
    assertThat(i.missing()).containsExactly("content");
    assertThat(interpret("جهز رسالة واتساب").missing()).containsExactly("recipient", "content");
  }

  @Test
  void aNumberInAnEmailRequestIsNotItsRecipient() {
    Interpretation i = interpret("email +966501234567 about lunch");
    assertThat(i.recipient()).isNull();
    assertThat(i.missing()).containsExactly("recipient");
  }

  @Test
  void arabicEmailMarkersOpenTheSubject() {
    Interpretation mail = interpret("ابعث بريد إلكتروني لـ ali@test.com بخصوص الفاتورة");
    assertThat(mail.content()).isEqualTo(Content.email("الفاتورة", "الفاتورة"));
    assertThat(mail.recipient()).isEqualTo("ali@test.com");
    assertThat(interpret("ارسل رسالة إلكترونية إلى ali@test.com حول موعد التسليم").content().subject())
        .isEqualTo("موعد التسليم");
  }
}
