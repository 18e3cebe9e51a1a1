package com.romna.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.understanding.Interpretation;
import com.romna.understanding.PlanKind;
import com.romna.understanding.Understanding;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The sets the figures are taken with must mean what the harness assumes they mean. */
class TranscriptsTests {

  private final Understanding understanding = new Understanding();
  private final ZoneId zone = ZoneId.of(Transcripts.ZONE);

  @Test
  void everyRequestIsUnderstoodAndEveryReminderOrAlarmLiesAheadAtAnyHourOfTheDay() {
    Instant day = Instant.parse("2026-11-25T00:00:00Z");
    for (int hour = 0; hour < 24; hour += 5) {
      Instant now = day.plus(hour, ChronoUnit.HOURS).plus(17, ChronoUnit.MINUTES);
      for (String transcript : Transcripts.requests()) {
        Interpretation in = understanding.interpret(transcript, null, zone, now);
        assertThat(in.understood()).as(transcript + " at " + now).isTrue();
        if (in.intent().kind() == PlanKind.EMAIL || in.intent().kind() == PlanKind.WHATSAPP) {
          continue; // a draft is due when it is approved
        }
        {
          assertThat(in.scheduledFor()).as(transcript + " at " + now).isAfter(now.plusSeconds(600));
        }
      }
    }
  }

  @Test
  void dueRemindersAreScheduledForTheirExactSecondInBothLanguages() {
    Instant now = Instant.parse("2026-11-25T20:59:40Z");
    Instant due = Instant.parse("2026-11-25T21:00:07Z"); // past midnight in Riyadh
    for (int i = 0; i < 4; i++) {
      Interpretation in = understanding.interpret(Transcripts.dueAt(i, due), null, zone, now);
      assertThat(in.scheduledFor()).as(Transcripts.dueAt(i, due)).isEqualTo(due);
    }
  }
}
