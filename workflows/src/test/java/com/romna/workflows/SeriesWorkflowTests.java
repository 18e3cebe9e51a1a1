package com.romna.workflows;

import static com.romna.workflows.PlanStatus.CANCELLED;
import static com.romna.workflows.PlanStatus.EXECUTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.romna.workflows.series.Occurrences;
import com.romna.workflows.series.Series;
import com.romna.workflows.series.SeriesChange;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowStub;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Repeating plans: one delivery per occurrence, at the local time across DST, never twice. */
class SeriesWorkflowTests extends WorkflowTest {

  private static final String DAILY_AT_8 = "FREQ=DAILY;BYHOUR=8;BYMINUTE=0";




  /** A daily-at-8 reminder in {@code zone} whose first occurrence is the first 08:00 on or after {@code day}. */
  private ExecutionInput daily(String zone, LocalDateTime firstAt, String rule) {
    Instant first = firstAt.atZone(ZoneId.of(zone)).toInstant();
    return new ExecutionInput(UUID.randomUUID(), "user-1", IntentType.REMINDER, first, zone, null, null,
        TestPlans.RECEIPT_WINDOW, TestPlans.SNOOZE_WINDOW, 0, new Series(rule, first, false));
  }

  /** The first of next month's days, so the test server (at the wall clock) is before it. */
  private LocalDateTime ahead(int month, int day) {
    int year = ZonedDateTime.now().getYear() + 1;
    return LocalDateTime.of(year, month, day, 8, 0);
  }

  private List<ZonedDateTime> sentLocal(String zone) {
    return activities.sent.stream().map(s -> s.at().atZone(ZoneId.of(zone))).toList();
  }

  private void assertOnePerOccurrenceAt8(ExecutionInput input, int occurrences) {
    String zone = input.timezone();
    assertThat(activities.sent).hasSize(occurrences);
    assertThat(activities.sent.stream().map(s -> s.request().idempotencyKey())).doesNotHaveDuplicates()
        .allSatisfy(key -> assertThat(key).startsWith("plan/" + input.planId() + "/notification/"));
    assertThat(sentLocal(zone)).allSatisfy(at ->
        assertThat(at.toLocalTime()).isBetween(LocalTime.of(8, 0), LocalTime.of(8, 0, 5)));
    assertThat(sentLocal(zone).stream().map(ZonedDateTime::toLocalDate).distinct()).hasSize(occurrences);
  }

  @Test
  void aDailyReminderStaysAt8AcrossTheSpringDstChangeInBerlin() {
    // Europe/Berlin moves from +01:00 to +02:00 on the last Sunday of March.
    ExecutionInput input = daily("Europe/Berlin", ahead(3, 25), DAILY_AT_8 + ";COUNT=7");

    assertThat(plans.result(plans.start(input))).isEqualTo(EXECUTED);

    assertOnePerOccurrenceAt8(input, 7);
    assertThat(sentLocal("Europe/Berlin").stream().map(z -> z.getOffset().getTotalSeconds() / 3600).distinct())
        .containsExactly(1, 2);
  }

  @Test
  void aDailyReminderStaysAt8AcrossTheSpringDstChangeInNewYork() {
    // America/New_York moves from -05:00 to -04:00 on the second Sunday of March.
    ExecutionInput input = daily("America/New_York", ahead(3, 5), DAILY_AT_8 + ";COUNT=14");

    assertThat(plans.result(plans.start(input))).isEqualTo(EXECUTED);

    assertOnePerOccurrenceAt8(input, 14);
    assertThat(sentLocal("America/New_York").stream().map(z -> z.getOffset().getTotalSeconds() / 3600).distinct())
        .containsExactly(-5, -4);
  }

  @Test
  void twoWeeksInRiyadhDeliverEachDayOnceAcrossContinueAsNew() {
    LocalDateTime first = ahead(1, 10);
    Instant until = first.plusDays(13).atZone(ZoneId.of("Asia/Riyadh")).toInstant();
    String rule = DAILY_AT_8 + ";UNTIL=" + until.toString().replace("-", "").replace(":", "");
    ExecutionInput input = daily("Asia/Riyadh", first, rule);

    ExecutionWorkflow workflow = plans.start(input);
    String firstRun = WorkflowStub.fromTyped(workflow).getExecution().getRunId();

    assertThat(plans.result(workflow)).isEqualTo(EXECUTED);

    assertOnePerOccurrenceAt8(input, 14);
    assertThat(client.fetchHistory(ExecutionIds.workflowId(input.planId()), firstRun).getLastEvent().getEventType())
        .isEqualTo(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW);
    assertThat(activities.times).hasSize(13).allSatisfy(t -> assertThat(t.again()).isTrue());
  }

  @Test
  void aReDrivenSeriesAfterARestartSendsNoOccurrenceTwice() {
    ExecutionInput input = daily("Asia/Riyadh", ahead(2, 1), DAILY_AT_8 + ";COUNT=6");
    ExecutionWorkflow workflow = plans.start(input);
    env.sleep(Duration.between(plans.now(), input.scheduledFor().plus(Duration.ofDays(2)).plusSeconds(60)));
    assertThat(activities.sent).hasSize(3);
    // The in-memory Temporal is gone; the re-drive starts the plan again from its row.
    WorkflowStub.fromTyped(workflow).terminate("engine restarted");
    Instant next = activities.times.get(activities.times.size() - 1).scheduledFor();
    ExecutionInput fromRow = input.next(next, input.series(), null, 3);

    assertThat(plans.result(plans.startAgain(fromRow))).isEqualTo(EXECUTED);

    assertOnePerOccurrenceAt8(input, 6);
  }

  @Test
  void pauseResumeAndSkipAreRecordedAndKeepOneDeliveryPerOccurrence() {
    ExecutionInput input = daily("Asia/Riyadh", ahead(4, 1), DAILY_AT_8 + ";COUNT=10");
    ExecutionWorkflow workflow = plans.start(input);
    env.sleep(Duration.between(plans.now(), input.scheduledFor().plusSeconds(60))); // day 1 sent

    PlanState paused = workflow.changeSeries(new SeriesChange(SeriesChange.Action.PAUSE));
    assertThat(paused.paused()).isTrue();
    env.sleep(Duration.ofDays(3)); // days 2-4 pass while paused
    assertThat(activities.sent).hasSize(1);

    PlanState resumed = workflow.changeSeries(new SeriesChange(SeriesChange.Action.RESUME));
    assertThat(resumed.paused()).isFalse();
    Instant day5 = input.scheduledFor().plus(Duration.ofDays(4));
    assertThat(resumed.scheduledFor()).isEqualTo(day5);

    PlanState skipped = workflow.changeSeries(new SeriesChange(SeriesChange.Action.SKIP));
    assertThat(skipped.scheduledFor()).isEqualTo(day5.plus(Duration.ofDays(1)));
    env.sleep(Duration.ofDays(2));
    assertThat(activities.sent).hasSize(2);
    assertThat(activities.sent.get(1).at()).isBetween(day5.plus(Duration.ofDays(1)),
        day5.plus(Duration.ofDays(1)).plusSeconds(5));
    assertThat(activities.times.stream().map(t -> t.note()))
        .anySatisfy(n -> assertThat(n).isEqualTo("series paused"))
        .anySatisfy(n -> assertThat(n).startsWith("series resumed; next occurrence"))
        .anySatisfy(n -> assertThat(n).startsWith("skipped the occurrence of"));

    assertThat(workflow.cancelPlan().status()).isEqualTo(CANCELLED);
    assertThat(plans.result(workflow)).isEqualTo(CANCELLED);
    assertThat(activities.sent).hasSize(2);
  }

  @Test
  void theRuleLibraryKeepsTheLocalHourAcrossDst() {
    Instant start = LocalDateTime.of(2027, 3, 26, 8, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
    List<Instant> next = Occurrences.from(DAILY_AT_8, "Europe/Berlin", start, start, 4);
    assertThat(next.stream().map(i -> i.atZone(ZoneId.of("Europe/Berlin")).toLocalTime()).distinct())
        .containsExactly(LocalTime.of(8, 0));
    assertThat(Duration.between(next.get(1), next.get(2))).isEqualTo(Duration.ofHours(23));
  }
}
