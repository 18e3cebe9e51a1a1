package com.romna.activities.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.resend.core.net.impl.HttpClient;
import com.romna.activities.delivery.SentMessage;
import com.romna.workflows.ExecutionType;
import com.romna.workflows.PlanPayload;
import com.romna.activities.delivery.Delivery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The exact request the real resend-java SDK makes for an approved draft. */
class ResendEmailSenderTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final FakeResend resend = new FakeResend();

  @AfterEach
  void stop() {
    resend.close();
  }

  @Test
  void sendsTheDraftToResendWithKeyIdempotencyKeyAndBothParts() throws Exception {
    resend.accepts();
    Delivery delivery =
        email(
            PlanPayload.email(
                "john@example.com",
                "Meeting tomorrow",
                "See you at 10.\nBring the Q3 numbers & <notes>."),
            "en");

    SentMessage sent =
        resend.sender().send(delivery, "john@example.com", delivery.idempotencyKey());

    assertThat(resend.requests()).hasSize(1);
    LoggedRequest request = resend.requests().get(0);
    assertThat(request.getMethod().getName()).isEqualTo("POST");
    assertThat(request.getUrl()).isEqualTo("/emails");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + FakeResend.API_KEY);
    assertThat(request.getHeader("Idempotency-Key"))
        .isEqualTo("plan/" + delivery.planId() + "/email");
    assertThat(request.getHeader("Accept")).isEqualTo("application/json");
    assertThat(request.getHeader("User-Agent")).isEqualTo(HttpClient.USER_AGENT);
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertThat(body(request))
        .isEqualTo(
            JSON.valueToTree(
                Map.of(
                    "from", "ROMNA <noreply@romna.test>",
                    "to", List.of("john@example.com"),
                    "subject", "Meeting tomorrow",
                    "text", "See you at 10.\nBring the Q3 numbers & <notes>.",
                    "html",
                        "<div dir=\"ltr\">See you at 10.<br>\nBring the Q3 numbers &amp;"
                            + " &lt;notes&gt;.</div>")));
    assertThat(sent)
        .isEqualTo(
            new SentMessage(
                "resend",
                "email-1",
                "sent",
                "john@example.com",
                Map.of(
                    "subject",
                    "Meeting tomorrow",
                    "body",
                    "See you at 10.\nBring the Q3 numbers & <notes>.")));
  }

  @Test
  void arabicDraftIsSentWithRightToLeftHtml() throws Exception {
    resend.accepts();
    Delivery delivery =
        email(
            PlanPayload.email(
                "omar@example.com", "موعد الاجتماع", "مرحبا عمر،\nالاجتماع غدا الساعة ١٠"),
            "ar");

    resend.sender().send(delivery, "omar@example.com", delivery.idempotencyKey());

    JsonNode body = body(resend.requests().get(0));
    assertThat(body.get("subject").asText()).isEqualTo("موعد الاجتماع");
    assertThat(body.get("text").asText()).isEqualTo("مرحبا عمر،\nالاجتماع غدا الساعة ١٠");
    assertThat(body.get("html").asText())
        .isEqualTo(
            "<div dir=\"rtl\" lang=\"ar\" style=\"text-align:right\">مرحبا عمر،<br>\n"
                + "الاجتماع غدا الساعة ١٠</div>");
  }

  @Test
  void draftWithoutSubjectIsSentUnderItsFirstWords() throws Exception {
    resend.accepts();
    Delivery delivery =
        email(
            PlanPayload.email(
                "john@example.com",
                null,
                "I will be late to the meeting tomorrow because of the traffic"),
            "en");

    resend.sender().send(delivery, "john@example.com", delivery.idempotencyKey());

    assertThat(body(resend.requests().get(0)).get("subject").asText())
        .isEqualTo("I will be late to the meeting tomorrow…");
  }

  @Test
  void sendsToTheOneAddressOfTheDraftTrimmed() {
    ResendEmailSender sender = resend.sender();

    assertThat(sender.recipients(email(PlanPayload.email(" john@example.com ", "s", "b"), "en")))
        .containsExactly("john@example.com");
    assertThat(sender.recipients(email(PlanPayload.email("  ", "s", "b"), "en"))).isEmpty();
    assertThat(sender.provider()).isEqualTo("resend");
  }

  static Delivery email(PlanPayload payload, String locale) {
    return new Delivery(
        UUID.randomUUID(),
        "u-email",
        ExecutionType.EMAIL,
        payload,
        Instant.parse("2026-11-25T07:00:00Z"),
        "Asia/Riyadh",
        locale);
  }

  private static JsonNode body(LoggedRequest request) throws Exception {
    return JSON.readTree(request.getBodyAsString());
  }
}
