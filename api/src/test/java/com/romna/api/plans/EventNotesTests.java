package com.romna.api.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The history notes the engine writes, read into codes a client words in its user's language. */
class EventNotesTests {

  private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-25T20:00:00+03:00");

  @Test
  void timesInANoteBecomeInstantsWithThePlansOffset() {
    PlanEvent event = PlanEvent.of("waiting_approval", "waiting for approval until 2026-12-02 20:00 Asia/Riyadh", AT);
    assertThat(event.code()).isEqualTo("waiting-approval");
    assertThat(event.params()).containsExactlyEntriesOf(Map.of("until", "2026-12-02T20:00+03:00"));
    assertThat(event.note()).as("the English words stay").startsWith("waiting for approval");

    assertThat(EventNotes.read("scheduled", "skipped the occurrence of 2026-03-29 08:00 Europe/Berlin;"
        + " next occurrence 2026-03-30 08:00 Europe/Berlin").params())
        .containsEntry("skipped", "2026-03-29T08:00+02:00").containsEntry("next", "2026-03-30T08:00+02:00");
    assertThat(EventNotes.read("scheduled", "draft edited (version 3); rescheduled to 2026-11-26 09:00 Asia/Riyadh"))
        .isEqualTo(new EventNotes.Reading("draft-rescheduled", Map.of("version", "3", "at", "2026-11-26T09:00+03:00")));
  }

  @Test
  void everyNoteTheEngineWritesHasItsCode() {
    Map<String, String> notes = Map.ofEntries(
        Map.entry("created from a voice transcript", "created"),
        Map.entry("approval expired at 2026-12-02 20:00 Asia/Riyadh", "approval-expired"),
        Map.entry("approved", "approved"),
        Map.entry("scheduled for 2026-11-25 22:00 Asia/Riyadh", "scheduled"),
        Map.entry("next occurrence 2026-11-26 08:00 Asia/Riyadh", "next-occurrence"),
        Map.entry("retry asked by the user: delivering again", "retry"),
        Map.entry("delivered via local to 1 recipient(s)", "delivered"),
        Map.entry("delivered via resend", "delivered"),
        Map.entry("delivered via twilio; the cancel came while it was being sent", "delivered-despite-cancel"),
        Map.entry("delivered before the cancel", "delivered-before-cancel"),
        Map.entry("twilio reports the message read", "receipt"),
        Map.entry("cancelled by the user", "cancelled-by-user"),
        Map.entry("cancelled from Temporal by an operator", "cancelled-by-operator"),
        Map.entry("cancelled by the user; the attempt in flight did not get through", "cancelled-in-flight"),
        Map.entry("its last occurrence (2026-11-26 08:00 Asia/Riyadh) was skipped; nothing is left", "series-last-skipped"),
        Map.entry("snoozed until 2026-11-25 21:10 Asia/Riyadh", "snoozed"),
        Map.entry("rescheduled to 2026-11-25 21:10 Asia/Riyadh", "rescheduled"),
        Map.entry("series paused", "series-paused"),
        Map.entry("series resumed; next occurrence 2026-11-26 08:00 Asia/Riyadh", "series-resumed"),
        Map.entry("gave up after 10 attempts; last error: Resend answered 500", "gave-up-attempts"),
        Map.entry("approval reminder sent via fcm; the draft expires 2026-12-02 19:00 Asia/Riyadh",
            "approval-reminder-sent"),
        Map.entry("approval reminder not delivered (gave up after 20 attempts; last error: FCM answered 503 (UNAVAILABLE));"
            + " the draft still waits until 2026-12-02 20:00 Asia/Riyadh", "approval-reminder-failed"));
    notes.forEach((note, code) -> assertThat(EventNotes.read("scheduled", note).code()).as(note).isEqualTo(code));
  }

  @Test
  void anApprovalReminderNoteNamesItsProviderTheExpiryAndWhyItFailed() {
    assertThat(EventNotes.read("waiting_approval",
        "approval reminder sent via local; the draft expires 2026-12-02 19:00 Asia/Riyadh"))
        .isEqualTo(new EventNotes.Reading("approval-reminder-sent",
            Map.of("provider", "local", "at", "2026-12-02T19:00+03:00")));
    assertThat(EventNotes.read("waiting_approval", "approval reminder not delivered (no device is registered for"
        + " this user); the draft still waits until 2026-12-02 20:00 Asia/Riyadh"))
        .isEqualTo(new EventNotes.Reading("approval-reminder-failed",
            Map.of("error", "no device is registered for this user", "until", "2026-12-02T20:00+03:00")));
  }

  @Test
  void aProvidersRefusalKeepsItsOwnWordsAndAnUnknownNoteHasNoCode() {
    assertThat(EventNotes.read("failed", "Resend refused the email: suppression list"))
        .isEqualTo(new EventNotes.Reading("failed", Map.of("error", "Resend refused the email: suppression list")));
    assertThat(EventNotes.read("failed", "gave up after 10 attempts; last error: timeout").params())
        .containsExactlyInAnyOrderEntriesOf(Map.of("attempts", "10", "error", "timeout"));
    PlanEvent unknown = PlanEvent.of("scheduled", "something a newer engine says", AT);
    assertThat(unknown.code()).isNull();
    assertThat(unknown.params()).isNull();
    assertThat(PlanEvent.of("scheduled", null, AT).code()).isNull();
  }
}
