package com.romna.understanding;

import static com.romna.understanding.UnderstandingFixtures.NOW;
import static com.romna.understanding.UnderstandingFixtures.RIYADH;
import static com.romna.understanding.UnderstandingFixtures.interpret;
import static com.romna.understanding.UnderstandingFixtures.utc;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The transcripts the original system was built around, checked field by field. */
class OriginalTranscriptsTests {

  @Test
  void englishReminderWithLeadingDelayResolvesTwoHoursAheadWithTitle() {
    Interpretation i = interpret("After two hours, remind me for medicine.");
    assertThat(i).usingRecursiveComparison().ignoringFields("reply").isEqualTo(new Interpretation(Intent.CREATE_REMINDER, NOW.plus(Duration.ofHours(2)),
        Content.titled("medicine"), null, "en", java.util.List.of()));
    assertThat(i.understood()).isTrue();
  }

  @Test
  void englishReminderInThirtyMinutesKeepsWhatToDoAsTitle() {
    assertThat(interpret("remind me in 30 minutes to call mom")).usingRecursiveComparison().ignoringFields("reply").isEqualTo(new Interpretation(
        Intent.CREATE_REMINDER, NOW.plus(Duration.ofMinutes(30)), Content.titled("call mom"), null, "en",
        java.util.List.of()));
  }

  @Test
  void englishWakeUpTomorrowIsAnAlarmAtSixThirtyInTheZone() {
    assertThat(interpret("wake me up at 6:30 tomorrow")).usingRecursiveComparison().ignoringFields("reply").isEqualTo(new Interpretation(
        Intent.CREATE_ALARM, utc("2026-11-26T06:30:00"), Content.titled("Alarm"), null, "en", java.util.List.of()));
    assertThat(interpret("wake me up at 6:30 tomorrow", RIYADH, NOW).scheduledFor())
        .isEqualTo(Instant.parse("2026-11-26T03:30:00Z"));
  }

  @Test
  void arabicDualHoursWithConnectedTitleResolveTwoHoursAhead() {
    assertThat(interpret("ذكرني بعد ساعتين بالدواء")).usingRecursiveComparison().ignoringFields("reply").isEqualTo(new Interpretation(
        Intent.CREATE_REMINDER, NOW.plus(Duration.ofHours(2)), Content.titled("الدواء"), null, "ar",
        java.util.List.of()));
  }

  @Test
  void arabicIndicMinutesWithoutTitleGetTheArabicDefaultTitle() {
    assertThat(interpret("ذكرني بعد ٣٠ دقيقة")).usingRecursiveComparison().ignoringFields("reply").isEqualTo(new Interpretation(
        Intent.CREATE_REMINDER, NOW.plus(Duration.ofMinutes(30)), Content.titled("تذكير"), null, "ar",
        java.util.List.of()));
  }

  @Test
  void arabicDualHoursAloneGetTheArabicDefaultTitle() {
    assertThat(interpret("ذكرني بعد ساعتين")).usingRecursiveComparison().ignoringFields("reply").isEqualTo(new Interpretation(
        Intent.CREATE_REMINDER, NOW.plus(Duration.ofHours(2)), Content.titled("تذكير"), null, "ar",
        java.util.List.of()));
  }

  @Test
  void arabicWakeMeTomorrowAtSixIsSixInTheMorningNotEvening() {
    assertThat(interpret("صحيني بكرة الساعة ٦")).usingRecursiveComparison().ignoringFields("reply").isEqualTo(new Interpretation(
        Intent.CREATE_ALARM, utc("2026-11-26T06:00:00"), Content.titled("منبه"), null, "ar", java.util.List.of()));
    assertThat(interpret("صحيني بكرة الساعة ٦", RIYADH, NOW).scheduledFor())
        .isEqualTo(Instant.parse("2026-11-26T03:00:00Z"));
  }

  @Test
  void englishEmailKeepsTomorrowInTheSubjectAndSendsNow() {
    assertThat(interpret("Send email to john@example.com about meeting tomorrow")).usingRecursiveComparison().ignoringFields("reply").isEqualTo(new Interpretation(
        Intent.SEND_EMAIL, NOW, Content.email("meeting tomorrow", "meeting tomorrow"), "john@example.com",
        "en", java.util.List.of()));
  }

  @Test
  void arabicEmailWithLatinAddressIsArabicAndSendsNow() {
    assertThat(interpret("أرسل إيميل إلى sara@example.com عن الاجتماع")).usingRecursiveComparison().ignoringFields("reply").isEqualTo(new Interpretation(
        Intent.SEND_EMAIL, NOW, Content.email("الاجتماع", "الاجتماع"), "sara@example.com", "ar",
        java.util.List.of()));
  }

  @Test
  void arabicWhatsAppDropsTheConnectorBeforeTheMessage() {
    Interpretation i = interpret("جهز رسالة واتساب إلى +966501234567 أني راح أتأخر");
    assertThat(i).usingRecursiveComparison().ignoringFields("reply").isEqualTo(new Interpretation(Intent.SEND_WHATSAPP, NOW,
        Content.message("راح أتأخر"), "+966501234567", "ar", java.util.List.of()));
    assertThat(i.intent().wire()).isEqualTo("send_whatsapp");
    assertThat(i.intent().kind()).isEqualTo(PlanKind.WHATSAPP);
  }

  @Test
  void intentsUseTheOriginalWireNamesAndPlanTypes() {
    assertThat(Intent.CREATE_REMINDER.wire()).isEqualTo("create_reminder");
    assertThat(Intent.CREATE_ALARM.wire()).isEqualTo("create_alarm");
    assertThat(Intent.SEND_EMAIL.wire()).isEqualTo("send_email");
    assertThat(Intent.SEND_WHATSAPP.wire()).isEqualTo("send_whatsapp");
    assertThat(Intent.CREATE_REMINDER.kind()).isEqualTo(PlanKind.REMINDER);
    assertThat(Intent.CREATE_ALARM.kind()).isEqualTo(PlanKind.ALARM);
    assertThat(Intent.SEND_EMAIL.kind()).isEqualTo(PlanKind.EMAIL);
    assertThat(Intent.SEND_WHATSAPP.kind()).isEqualTo(PlanKind.WHATSAPP);
  }
}
