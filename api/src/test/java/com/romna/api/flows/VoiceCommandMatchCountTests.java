package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.Api;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The example commands when more than one plan or none matches, in both languages: several are a 409
 * listing them (nothing changed), none a 404; a list with nothing in it says so.
 */
class VoiceCommandMatchCountTests extends VoiceCommandTest {

  @Test
  void snoozeAndRescheduleWithSeveralOrNoMatchesAskOrSaySoInEitherLanguage() {
    made("remind me in 1 hour about the dentist");
    made("remind me in 2 hours about the dentist appointment");
    made("ذكرني بعد ساعة بالاجتماع");
    made("ذكرني بعد ساعتين بالاجتماع");

    Api.Response en = say("move my dentist reminder to Thursday at 5pm");
    Api.Response ar = say("غيّر موعد تذكير الاجتماع للساعة ٩");
    Api.Response snooze = say("snooze my dentist reminder 10 minutes");
    Api.Response arSnooze = say("أجل تذكير الاجتماع ربع ساعة");

    assertThat(en.status()).isEqualTo(409);
    assertThat(en.body().get("plans").size()).isEqualTo(2);
    assertThat(ar.status()).isEqualTo(409);
    assertThat(ar.text("reply")).startsWith("لقيت ٢");
    assertThat(snooze.status()).isEqualTo(409);
    assertThat(arSnooze.status()).isEqualTo(409);
    assertThat(say("move my gym reminder to Thursday at 5pm").status()).isEqualTo(404);
    Api.Response arNone = say("غيّر موعد تذكير النادي للساعة ٩");
    assertThat(arNone.status()).isEqualTo(404);
    assertThat(arNone.text("reply")).startsWith("ما لقيت");
    assertThat(say("أجل المنبه ١٠ دقايق").status()).isEqualTo(404);
    assertThat(say("أجّله ربع ساعة").status()).isEqualTo(409); // "it", and four plans could be it
    Api.Response inAnHour = say("خليها بعد ساعة");
    assertThat(inAnHour.status()).isEqualTo(409);
    assertThat(inAnHour.body().get("plans").size()).isEqualTo(4);
  }

  @Test
  void alarmsWithSeveralOrNoMatchesAskOrSaySoInEitherLanguage() {
    assertThat(say("cancel my 6 am alarm").status()).isEqualTo(404);
    Api.Response arNone = say("أطفئ المنبه");
    assertThat(arNone.status()).isEqualTo(404);
    assertThat(arNone.text("reply")).startsWith("ما لقيت");
    UUID one = made("set an alarm for 6 am");
    UUID two = made("set an alarm for 6 am");
    made("remind me in 1 hour to call mom");

    Api.Response en = say("cancel my 6 am alarm");
    Api.Response ar = say("أطفئ المنبه");

    assertThat(en.status()).as(en.body().toString()).isEqualTo(409);
    assertThat(en.text("type")).isEqualTo("urn:romna:problem:ambiguous-plan");
    assertThat(en.body().get("plans").findValuesAsString("planId")).containsExactlyInAnyOrder(one.toString(), two.toString());
    assertThat(en.text("reply")).startsWith("I found 2 that match; which one?");
    assertThat(ar.status()).isEqualTo(409);
    assertThat(ar.text("reply")).startsWith("لقيت ٢");
    assertThat(status(one)).isEqualTo("scheduled");
    assertThat(status(two)).isEqualTo("scheduled");
  }

  @Test
  void anEmptyListSaysThereIsNothingInEitherLanguage() {
    made("remind me in 1 hour to call mom");

    Api.Response en = say("what are my reminders tomorrow");
    Api.Response ar = say("وش عندي بكرة");

    assertThat(en.status()).isEqualTo(200);
    assertThat(en.body().get("plans").size()).isZero();
    assertThat(en.text("reply")).isEqualTo("You have nothing planned.");
    assertThat(ar.status()).isEqualTo(200);
    assertThat(ar.text("reply")).isEqualTo("ما عندك شي.");
  }
}
