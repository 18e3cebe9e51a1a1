package com.romna.api.understanding;

import static com.romna.api.understanding.UnderstandingFixtures.NOW;
import static com.romna.api.understanding.UnderstandingFixtures.RIYADH;
import static com.romna.api.understanding.UnderstandingFixtures.interpret;
import static com.romna.api.understanding.UnderstandingFixtures.utc;
import static org.assertj.core.api.Assertions.assertThat;

import com.romna.workflows.IntentType;
import com.romna.workflows.PlanPayload;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The transcripts the original system was built around, checked field by field. */
class OriginalTranscriptsTests {

  @Test
  void englishReminderWithLeadingDelayResolvesTwoHoursAheadWithTitle() {
    Interpretation i = interpret("After two hours, remind me for medicine.");
    assertThat(i).isEqualTo(new Interpretation(Intent.CREATE_REMINDER, NOW.plus(Duration.ofHours(2)),
        PlanPayload.reminder("medicine"), "en", java.util.List.of()));
    assertThat(i.understood()).isTrue();
  }

  @Test
  void englishReminderInThirtyMinutesKeepsWhatToDoAsTitle() {
    assertThat(interpret("remind me in 30 minutes to call mom")).isEqualTo(new Interpretation(
        Intent.CREATE_REMINDER, NOW.plus(Duration.ofMinutes(30)), PlanPayload.reminder("call mom"), "en",
        java.util.List.of()));
  }

  @Test
  void englishWakeUpTomorrowIsAnAlarmAtSixThirtyInTheZone() {
    assertThat(interpret("wake me up at 6:30 tomorrow")).isEqualTo(new Interpretation(
        Intent.CREATE_ALARM, utc("2026-11-26T06:30:00"), PlanPayload.alarm("Alarm"), "en", java.util.List.of()));
    assertThat(interpret("wake me up at 6:30 tomorrow", RIYADH, NOW).scheduledFor())
        .isEqualTo(Instant.parse("2026-11-26T03:30:00Z"));
  }

  @Test
  void arabicDualHoursWithConnectedTitleResolveTwoHoursAhead() {
    assertThat(interpret("ذكرني بعد ساعتين بالدواء")).isEqualTo(new Interpretation(
        Intent.CREATE_REMINDER, NOW.plus(Duration.ofHours(2)), PlanPayload.reminder("الدواء"), "ar",
        java.util.List.of()));
  }

  @Test
  void arabicIndicMinutesWithoutTitleGetTheArabicDefaultTitle() {
    assertThat(interpret("ذكرني بعد ٣٠ دقيقة")).isEqualTo(new Interpretation(
        Intent.CREATE_REMINDER, NOW.plus(Duration.ofMinutes(30)), PlanPayload.reminder("تذكير"), "ar",
        java.util.List.of()));
  }

  @Test
  void arabicDualHoursAloneGetTheArabicDefaultTitle() {
    assertThat(interpret("ذكرني بعد ساعتين")).isEqualTo(new Interpretation(
        Intent.CREATE_REMINDER, NOW.plus(Duration.ofHours(2)), PlanPayload.reminder("تذكير"), "ar",
        java.util.List.of()));
  }

  @Test
  void arabicWakeMeTomorrowAtSixIsSixInTheMorningNotEvening() {
    assertThat(interpret("صحيني بكرة الساعة ٦")).isEqualTo(new Interpretation(
        Intent.CREATE_ALARM, utc("2026-11-26T06:00:00"), PlanPayload.alarm("منبه"), "ar", java.util.List.of()));
    assertThat(interpret("صحيني بكرة الساعة ٦", RIYADH, NOW).scheduledFor())
        .isEqualTo(Instant.parse("2026-11-26T03:00:00Z"));
  }

  @Test
  void englishEmailKeepsTomorrowInTheSubjectAndSendsNow() {
    assertThat(interpret("Send email to john@example.com about meeting tomorrow")).isEqualTo(new Interpretation(
        Intent.SEND_EMAIL, NOW, PlanPayload.email("john@example.com", "meeting tomorrow", "meeting tomorrow"),
        "en", java.util.List.of()));
  }

  @Test
  void arabicEmailWithLatinAddressIsArabicAndSendsNow() {
    assertThat(interpret("أرسل إيميل إلى sara@example.com عن الاجتماع")).isEqualTo(new Interpretation(
        Intent.SEND_EMAIL, NOW, PlanPayload.email("sara@example.com", "الاجتماع", "الاجتماع"), "ar",
        java.util.List.of()));
  }

  @Test
  void arabicWhatsAppDropsTheConnectorBeforeTheMessage() {
    Interpretation i = interpret("جهز رسالة واتساب إلى +966501234567 أني راح أتأخر");
    assertThat(i).isEqualTo(new Interpretation(Intent.SEND_WHATSAPP, NOW,
        PlanPayload.whatsApp("+966501234567", "راح أتأخر"), "ar", java.util.List.of()));
    assertThat(i.intent().wire()).isEqualTo("send_whatsapp");
    assertThat(i.intent().intentType()).isEqualTo(IntentType.WHATSAPP);
  }

  @Test
  void intentsUseTheOriginalWireNamesAndPlanTypes() {
    assertThat(Intent.CREATE_REMINDER.wire()).isEqualTo("create_reminder");
    assertThat(Intent.CREATE_ALARM.wire()).isEqualTo("create_alarm");
    assertThat(Intent.SEND_EMAIL.wire()).isEqualTo("send_email");
    assertThat(Intent.SEND_WHATSAPP.wire()).isEqualTo("send_whatsapp");
    assertThat(Intent.CREATE_REMINDER.intentType()).isEqualTo(IntentType.REMINDER);
    assertThat(Intent.CREATE_ALARM.intentType()).isEqualTo(IntentType.ALARM);
    assertThat(Intent.SEND_EMAIL.intentType()).isEqualTo(IntentType.EMAIL);
    assertThat(Intent.SEND_WHATSAPP.intentType()).isEqualTo(IntentType.WHATSAPP);
  }
}
