package com.romna.activities.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.romna.activities.delivery.DeliveryFailure;
import com.romna.workflows.PlanPayload;
import org.junit.jupiter.api.Test;

class EmailMessageTests {

  @Test
  void missingSubjectBecomesTheFirstEightWordsOfTheBody() {
    EmailMessage message =
        EmailMessage.of(
            PlanPayload.email("a@b.c", " ", "سأتأخر عن الاجتماع غدا بسبب الزحام في الطريق السريع"),
            "ar");

    assertThat(message.subject()).isEqualTo("سأتأخر عن الاجتماع غدا بسبب الزحام في الطريق…");
    assertThat(message.text()).isEqualTo("سأتأخر عن الاجتماع غدا بسبب الزحام في الطريق السريع");
  }

  @Test
  void noLineBreakOrControlCharacterReachesTheSubjectHeader() {
    EmailMessage message = EmailMessage.of(
        PlanPayload.email("a@b.c", "Invoice\r\nBcc: victim@example.com\u2028\u0000due", "pay it"), "en");

    assertThat(message.subject()).isEqualTo("Invoice Bcc: victim@example.com due");
    assertThat(message.subject()).doesNotContain("\r", "\n", "\u0000", "\u2028");
  }

  @Test
  void shortBodyIsTheWholeSubjectWithoutEllipsis() {
    assertThat(EmailMessage.firstWords("  Running late\n today ")).isEqualTo("Running late today");
  }

  @Test
  void subjectStaysUnderSixtyCharacters() {
    assertThat(
            EmailMessage.firstWords(
                "Supercalifragilistic expialidocious antidisestablishmentarianism words here"))
        .isEqualTo("Supercalifragilistic expialidocious…");
    assertThat(EmailMessage.firstWords("x".repeat(70))).isEqualTo("x".repeat(60) + "…");
  }

  @Test
  void subjectOnlyDraftIsSentWithTheSubjectAsItsText() {
    EmailMessage message =
        EmailMessage.of(PlanPayload.email("a@b.c", "Meeting moved to 3pm", null), "en");

    assertThat(message)
        .isEqualTo(
            new EmailMessage(
                "Meeting moved to 3pm",
                "Meeting moved to 3pm",
                "<div dir=\"ltr\">Meeting moved to 3pm</div>"));
  }

  @Test
  void emptyDraftIsRejected() {
    DeliveryFailure failure =
        catchThrowableOfType(
            DeliveryFailure.class,
            () -> EmailMessage.of(PlanPayload.email("a@b.c", null, "  "), "en"));

    assertThat(failure.kind()).isEqualTo(DeliveryFailure.Kind.REJECTED);
    assertThat(failure.getMessage()).isEqualTo("the email draft has neither a subject nor a body");
  }
}
