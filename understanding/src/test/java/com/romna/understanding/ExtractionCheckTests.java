package com.romna.understanding;

import static com.romna.understanding.UnderstandingFixtures.NOW;
import static com.romna.understanding.UnderstandingFixtures.RIYADH;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules' post-check of another reader's extraction: only what the transcript backs is accepted. */
class ExtractionCheckTests {

  private static Extraction reminder(String time, String title) {
    return new Extraction(Intent.CREATE_REMINDER, null, time, null, title, null, null, null, null);
  }

  private static Extraction email(String to, String subject, String body) {
    return new Extraction(Intent.SEND_EMAIL, null, null, to, null, subject, body, null, "en");
  }

  private static ExtractionCheck.Checked check(Extraction e, String transcript) {
    return ExtractionCheck.check(e, transcript, null, RIYADH, NOW);
  }

  @Test
  void theTimePhraseIsResolvedByOurGrammarRelativeToNow() {
    var checked = check(reminder("بعد ساعتين", "اتصل بأمي"), "بعد ساعتين لازم اتصل بأمي");

    assertThat(checked.rejection()).isNull();
    assertThat(checked.interpretation()).usingRecursiveComparison().ignoringFields("reply").isEqualTo(new Interpretation(Intent.CREATE_REMINDER,
        NOW.plus(Duration.ofHours(2)), Content.titled("اتصل بأمي"), null, "ar", List.of()));
    assertThat(checked.interpretation().understood()).isTrue();
  }

  @Test
  void aClockTimeIsReadInTheUsersZone() {
    var checked = check(reminder("tomorrow at 5pm", "the dentist"),
        "could you make sure I remember the dentist tomorrow at 5pm");

    // 17:00 in Riyadh (UTC+3) the day after 2026-11-25 20:00 there
    assertThat(checked.interpretation().scheduledFor()).isEqualTo(Instant.parse("2026-11-26T14:00:00Z"));
    assertThat(checked.interpretation().content().title()).isEqualTo("the dentist");
    assertThat(checked.interpretation().language()).isEqualTo("en");
  }

  @Test
  void aDayAloneIsNineOClockForAReminderButNoTimeForAnAlarm() {
    String transcript = "tomorrow I need a nudge about the report";
    var alarm = new Extraction(Intent.CREATE_ALARM, null, "tomorrow", null, null, null, null, null, null);

    assertThat(check(reminder("tomorrow", null), transcript).interpretation().scheduledFor())
        .isEqualTo(Instant.parse("2026-11-26T06:00:00Z"));
    assertThat(check(alarm, transcript).rejection())
        .isEqualTo("the time phrase names no future time the grammar can read");
  }

  @Test
  void aReminderWithoutATitleGetsTheRulesDefaultInTheTranscriptsLanguage() {
    assertThat(check(reminder("بعد ساعتين", null), "بعد ساعتين لو سمحت").interpretation().content())
        .isEqualTo(Content.titled("تذكير"));
    assertThat(check(reminder("in 2 hours", null), "ping me in 2 hours").interpretation().content())
        .isEqualTo(Content.titled("Reminder"));
  }

  @ParameterizedTest(name = "\"{0}\" is not in the transcript")
  @CsvSource({"in 3 hours", "2026-11-25T19:00:00Z", "at 7pm"})
  void aTimePhraseTheTranscriptDoesNotSayIsRejected(String time) {
    var checked = check(reminder(time, "the laundry"), "ping me in 2 hours about the laundry");

    assertThat(checked.accepted()).isFalse();
    assertThat(checked.rejection()).isEqualTo("the time phrase does not occur in the transcript");
  }

  @Test
  void aReminderWithoutATimeOrAnythingWithoutAnIntentIsRejected() {
    assertThat(check(reminder(null, "the laundry"), "ping me about the laundry").rejection()).isEqualTo("no time");
    assertThat(check(new Extraction(null, null, null, null, "hi", null, null, null, "en"), "hi there")
        .rejection()).isEqualTo("no intent");
  }

  @Test
  void anEmailAddressMustBeOneTheTranscriptContainsAndTheTranscriptsValueIsUsed() {
    String transcript = "shoot Sara@Example.com a note saying I am late";

    assertThat(check(email("evil@x.com", null, "I am late"), transcript).rejection())
        .isEqualTo("the recipient is not an e-mail address of the transcript");
    assertThat(check(email("+966501234567", null, "I am late"), transcript).accepted()).isFalse();
    var accepted = check(email("sara@example.com", null, "I am late"), transcript);
    assertThat(accepted.interpretation()).usingRecursiveComparison().ignoringFields("reply").isEqualTo(new Interpretation(Intent.SEND_EMAIL, NOW,
        Content.email("I am late", "I am late"), "Sara@Example.com", "en", List.of()));
  }

  @Test
  void aNameOrNoRecipientIsRejectedUntilContactsResolveNames() {
    String transcript = "shoot Sara a note saying I am late";

    assertThat(check(email("Sara", null, "I am late"), transcript).accepted()).isFalse();
    assertThat(check(email(null, null, "I am late"), transcript).rejection()).isEqualTo("no recipient");
  }

  @Test
  void aWhatsAppNumberMatchesTheTranscriptsDespiteSeparatorsAndArabicDigits() {
    String transcript = "text +966501234567 in 2 hours that I am late";
    var spaced = new Extraction(Intent.SEND_WHATSAPP, null, "in 2 hours", "+966 50-123 4567", null, null, null,
        "I am late", "en");
    var arabicDigits = new Extraction(Intent.SEND_WHATSAPP, null, null, "+٩٦٦٥٠١٢٣٤٥٦٧", null, null, null,
        "I am late", "en");
    var other = new Extraction(Intent.SEND_WHATSAPP, null, null, "+966509999999", null, null, null, "hi", "en");

    assertThat(check(spaced, transcript).interpretation()).usingRecursiveComparison().ignoringFields("reply").isEqualTo(new Interpretation(Intent.SEND_WHATSAPP,
        NOW.plus(Duration.ofHours(2)), Content.message("I am late"), "+966501234567", "en", List.of()));
    assertThat(check(arabicDigits, transcript).interpretation().scheduledFor()).isEqualTo(NOW);
    assertThat(check(other, transcript).rejection()).isEqualTo("the recipient is not a phone number of the transcript");
  }

  @Test
  void aMessageWithoutContentIsRejected() {
    assertThat(check(email("sara@example.com", " ", null), "mail sara@example.com").rejection())
        .isEqualTo("no content");
  }

  @Test
  void aSnoozeTakesItsDelayFromTheDurationPhrase() {
    var snooze = new Extraction(Intent.CREATE_ALARM, PlanCommand.Action.SNOOZE, "ten more minutes", null, null,
        null, null, null, "en");

    var checked = check(snooze, "give me ten more minutes on that alarm");

    assertThat(checked.interpretation().command())
        .isEqualTo(new PlanCommand(PlanCommand.Action.SNOOZE, PlanKind.ALARM, Duration.ofMinutes(10)));
    assertThat(checked.interpretation().intent()).isNull();
    assertThat(checked.interpretation().understood()).isFalse();
  }
}
