package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.Api;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Commands that name their plan by "it" ("أجّله ربع ساعة", "خليها بعد ساعة", "move it to tomorrow at 9"),
 * by "the last one", or move it to a bare hour: one plan acts, several are a 409 listing them, none a 404,
 * and a time the product will not guess is asked for, with the plan left as it was.
 */
class VoiceCommandReferenceTests extends VoiceCommandTest {

  private static final String[] AR_DAYS = {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"};

  private Instant at(UUID plan) {
    return OffsetDateTime.parse(plan(plan).text("scheduledFor")).toInstant();
  }

  /** The time the service reads for a command's new time, so a test never re-implements the grammar. */
  private Instant heard(String transcript) {
    Api.Response r = api.post("/api/voice/interpret", token, Api.json(Map.of("transcript", transcript, "timezone", ZONE)));
    var command = r.body().get("command");
    return OffsetDateTime.parse((command.has("to") ? command.get("to") : command.get("at")).asString()).toInstant();
  }

  @Test
  void itInArabicSnoozesTheOnlyPlanByTheLengthSaidOrMovesItToTheTimeSaid() {
    UUID water = made("ذكرني بعد ساعتين اشرب موية");
    Instant before = at(water);

    Api.Response quarter = say("أجّله ربع ساعة");
    Api.Response half = say("أجلها نص ساعة");

    assertThat(quarter.status()).as(quarter.body().toString()).isEqualTo(200);
    assertThat(quarter.text("command")).isEqualTo("snooze");
    assertThat(quarter.text("planId")).isEqualTo(water.toString());
    assertThat(scheduledFor(quarter)).isEqualTo(before.plus(Duration.ofMinutes(15)));
    assertThat(quarter.text("reply")).startsWith("تم التأجيل، صار التذكير");
    assertThat(scheduledFor(half)).isEqualTo(before.plus(Duration.ofMinutes(45)));

    Api.Response inAnHour = say("خليها بعد ساعة");
    assertThat(inAnHour.status()).as(inAnHour.body().toString()).isEqualTo(200);
    assertThat(inAnHour.text("command")).isEqualTo("reschedule");
    assertThat(Duration.between(now(), scheduledFor(inAnHour))).isBetween(Duration.ofMinutes(59), Duration.ofMinutes(60));
    assertThat(at(water)).isEqualTo(scheduledFor(inAnHour));
    assertThat(inAnHour.text("reply")).startsWith("تم، صار التذكير اليوم");
    assertThat(plansOfUser()).isEqualTo(1);
  }

  @Test
  void itIsTheReminderThatJustRangWhenOneDid() {
    UUID later = made("remind me in 3 hours to call the bank");
    UUID rang = made("ذكرني بعد دقيقة اطفي الفرن");
    env.sleep(Duration.ofMinutes(2));
    awaitStatus(rang, "executed");

    Api.Response again = say("خليها بعد ربع ساعة");

    assertThat(again.status()).as(again.body().toString()).isEqualTo(200);
    assertThat(again.text("planId")).isEqualTo(rang.toString());
    assertThat(again.text("status")).isEqualTo("scheduled");
    assertThat(Duration.between(now(), scheduledFor(again))).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
    assertThat(status(later)).isEqualTo("scheduled");
  }

  @Test
  void itWithSeveralLivePlansIsA409ListingThemAndWithOneItMoves() {
    UUID bank = made("remind me in 3 hours to call the bank");
    UUID rent = made("ذكرني بعد ٤ ساعات ادفع الايجار");
    Instant bankAt = at(bank);

    Api.Response en = say("move it to tomorrow at 9");
    Api.Response ar = say("خليها بكرة الساعة ٩");
    Api.Response snooze = say("snooze it 10 minutes");

    assertThat(en.status()).isEqualTo(409);
    assertThat(en.text("type")).isEqualTo("urn:romna:problem:ambiguous-plan");
    assertThat(en.body().get("plans").findValuesAsString("planId")).containsExactly(bank.toString(), rent.toString());
    assertThat(en.text("reply")).startsWith("I found 2 that match; which one?");
    assertThat(ar.status()).isEqualTo(409);
    assertThat(ar.text("reply")).startsWith("لقيت ٢");
    assertThat(snooze.status()).isEqualTo(409);
    assertThat(at(bank)).isEqualTo(bankAt);

    api.post("/api/plans/" + rent + "/cancel", token, "");
    Instant nine = heard("move it to tomorrow at 9");
    assertThat(nine.atZone(ZoneId.of(ZONE)).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
    Api.Response moved = say("move it to tomorrow at 9");
    assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
    assertThat(moved.text("planId")).isEqualTo(bank.toString());
    assertThat(scheduledFor(moved)).isEqualTo(nine);
    assertThat(moved.text("reply")).startsWith("Moved: your reminder: call the bank is now");
    Api.Response arMoved = say("غيّره لبكرة ٩ الصبح");
    assertThat(arMoved.status()).as(arMoved.body().toString()).isEqualTo(200);
    assertThat(scheduledFor(arMoved)).isEqualTo(nine);
  }

  @Test
  void itWithNoPlanSaysSoInEitherLanguage() {
    Api.Response en = say("snooze it 10 minutes");
    Api.Response ar = say("أجّله ربع ساعة");
    Api.Response move = say("خليها بعد ساعة");

    assertThat(en.status()).isEqualTo(404);
    assertThat(en.text("type")).isEqualTo("urn:romna:problem:no-matching-plan");
    assertThat(en.text("reply")).isEqualTo("I couldn't find a plan matching that; nothing was changed.");
    assertThat(ar.status()).isEqualTo(404);
    assertThat(ar.text("reply")).startsWith("ما لقيت");
    assertThat(move.status()).isEqualTo(404);
    assertThat(move.text("reply")).startsWith("ما لقيت");
    assertThat(plansOfUser()).isZero();
  }

  @Test
  void theLastOneWithoutAKindIsTheNewestLivePlanInEitherLanguage() {
    UUID first = made("remind me in 2 hours to water the plants");
    env.sleep(Duration.ofSeconds(1)); // the test server's clock counts whole seconds
    UUID second = made("ذكرني بعد ٣ ساعات اتصل بأمي");
    env.sleep(Duration.ofSeconds(1));
    UUID newest = made("set an alarm for 6 am");

    Api.Response en = say("cancel the last one");
    Api.Response ar = say("الغي الأخير");
    Api.Response ar2 = say("الغي آخر واحد");
    Api.Response none = say("cancel the last one");

    assertThat(en.status()).as(en.body().toString()).isEqualTo(200);
    assertThat(en.text("planId")).isEqualTo(newest.toString());
    assertThat(en.text("reply")).startsWith("Done, I cancelled your alarm");
    assertThat(ar.text("planId")).isEqualTo(second.toString());
    assertThat(ar.text("reply")).startsWith("تم، ألغيت التذكير");
    assertThat(ar2.text("planId")).isEqualTo(first.toString());
    assertThat(none.status()).isEqualTo(404);
    assertThat(status(first)).isEqualTo("cancelled");
    UUID twin = made("remind me in 2 hours to water the plants");
    UUID other = made("remind me in 3 hours to feed the cat"); // the same second: which is the last?
    Api.Response which = say("cancel the last one");
    if (which.status() == 409) {
      assertThat(which.body().get("plans").findValuesAsString("planId")).containsExactlyInAnyOrder(twin.toString(),
          other.toString());
    } else { // the clock turned a second between them
      assertThat(which.text("planId")).isEqualTo(other.toString());
    }
  }

  @Test
  void aBareHourOnAnotherDayIsAskedForAReminderAndIsTheMorningForAnAlarm() {
    ZonedDateTime day = now().atZone(ZoneId.of(ZONE)).plusDays(3);
    DayOfWeek weekday = day.getDayOfWeek();
    String en = weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    UUID dentist = made("remind me in 2 hours about the dentist");
    UUID meeting = made("ذكرني بعد ساعتين بالاجتماع");
    UUID alarm = made("set an alarm for 7 am");
    Instant dentistAt = at(dentist);

    Api.Response asked = say("move my dentist reminder to " + en + " at 5");
    Api.Response arAsked = say("غيّر تذكير الاجتماع إلى يوم " + AR_DAYS[weekday.ordinal()] + " الساعة ٥");

    assertThat(asked.status()).as(asked.body().toString()).isEqualTo(422);
    assertThat(asked.text("type")).isEqualTo("urn:romna:problem:not-understood");
    assertThat(asked.text("reply")).startsWith("Is that in the morning or the afternoon?");
    assertThat(arAsked.status()).isEqualTo(422);
    assertThat(arAsked.text("reply")).contains("الصبح أو العصر");
    assertThat(at(dentist)).isEqualTo(dentistAt);
    assertThat(status(meeting)).isEqualTo("scheduled");

    Api.Response pm = say("move my dentist reminder to " + en + " at 5pm");
    assertThat(pm.status()).as(pm.body().toString()).isEqualTo(200);
    assertThat(scheduledFor(pm)).isEqualTo(day.with(LocalTime.of(17, 0)).toInstant());
    Api.Response morning = say("move my alarm to " + en + " at 5");
    assertThat(morning.status()).as(morning.body().toString()).isEqualTo(200);
    assertThat(morning.text("planId")).isEqualTo(alarm.toString());
    assertThat(scheduledFor(morning)).isEqualTo(day.with(LocalTime.of(5, 0)).toInstant());
  }
}
