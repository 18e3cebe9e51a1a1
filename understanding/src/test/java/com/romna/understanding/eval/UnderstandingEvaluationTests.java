package com.romna.understanding.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance of the understanding issues, on the copies of the corpora in test resources: Duckling's
 * English and Arabic time and duration examples (development half), each time phrase inside a whole request
 * through the product path, and our own intent corpus.
 */
class UnderstandingEvaluationTests {

  private static Path resource(String folder) throws URISyntaxException {
    return Path.of(UnderstandingEvaluationTests.class.getResource("/" + folder).toURI());
  }

  @Test
  void everyAcceptanceGroupMeetsItsGoal() throws URISyntaxException {
    Report report = Report.of(List.of(resource("eval"), resource("intents")));
    System.out.println(report.table());
    for (Group g : Group.values()) {
      assertThat(report.count(g::test)).as("rows in " + g.label).isPositive();
      assertThat(report.accuracy(g::test)).as(g.label + "\n" + report.failures()).isGreaterThanOrEqualTo(g.goal);
      assertThat(report.wrongRate(g::test)).as(g.label + " wrong\n" + report.failures()).isLessThanOrEqualTo(g.maxWrong);
    }
  }

  @Test
  void holidayAndLatentRowsAreCountedApartFromTheGoals() throws URISyntaxException {
    Report report = Report.of(List.of(resource("eval")));
    long holidays = report.outcomes().stream().filter(o -> o.bucket() == Outcome.Bucket.HOLIDAY).count();
    long latent = report.outcomes().stream().filter(o -> o.bucket() == Outcome.Bucket.LATENT).count();
    long past = report.outcomes().stream().filter(o -> o.bucket() == Outcome.Bucket.PAST).count();
    assertThat(holidays).isEqualTo(136);
    assertThat(latent).isEqualTo(11);
    assertThat(past).isEqualTo(75);
    assertThat(report.count(o -> o.kind() == Outcome.Kind.TIME && !o.negative() && "en".equals(o.lang())))
        .isEqualTo(306);
  }

  @Test
  void theIntentCorpusCoversBothLanguagesEveryIntentAndNegatives() throws URISyntaxException {
    Report report = Report.of(List.of(resource("intents")));
    List<Outcome> rows = report.outcomes();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(150);
    assertThat(rows).filteredOn(o -> "ar".equals(o.lang())).hasSizeGreaterThanOrEqualTo(60);
    assertThat(rows).filteredOn(o -> "en".equals(o.lang())).hasSizeGreaterThanOrEqualTo(60);
    assertThat(rows).filteredOn(Outcome::negative).hasSizeGreaterThanOrEqualTo(20);
    for (String intent : List.of("create_reminder", "create_alarm", "send_email", "send_whatsapp")) {
      assertThat(rows).filteredOn(o -> o.expected().contains("intent=" + intent)).hasSizeGreaterThanOrEqualTo(15);
    }
    for (String command : List.of("cancel", "snooze", "list")) {
      assertThat(rows).filteredOn(o -> o.expected().contains("command=" + command)).hasSizeGreaterThanOrEqualTo(5);
    }
  }

  @Test
  void unreadableOrStrangeRowsAreScoredAsWrongInsteadOfFailing(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.jsonl");
    Files.writeString(file, String.join("\n",
        "{not json",
        "{\"text\": \"tomorrow\", \"lang\": \"en\", \"dim\": \"time\", \"reference_time\": \"yesterday-ish\","
            + " \"expected\": {\"type\": \"value\", \"value\": \"2013-02-13T00:00:00.000-02:00\", \"grain\": \"day\"}}",
        "{\"text\": \"in 2014 BC\", \"lang\": \"en\", \"dim\": \"time\", \"reference_time\": "
            + "\"2013-02-12T04:30:00.000-02:00\", \"expected\": {\"type\": \"value\", \"value\": "
            + "\"-2014-01-01T00:00:00.000-02:00\", \"grain\": \"year\"}}",
        "{\"text\": \"" + "ساعة و".repeat(300) + "\", \"lang\": \"ar\", \"dim\": \"duration\","
            + " \"expected\": {\"normalized\": {\"unit\": \"second\", \"value\": 1}}}",
        "",
        "{\"text\": \"tomorrow\", \"lang\": \"en\", \"dim\": \"time\", \"reference_time\": "
            + "\"2013-02-12T04:30:00.000-02:00\", \"expected\": {\"type\": \"value\", \"value\": "
            + "\"2013-02-13T00:00:00.000-02:00\", \"grain\": \"day\"}}"), StandardCharsets.UTF_8);
    Report report = Report.of(List.of(file));
    assertThat(report.outcomes()).hasSize(5);
    assertThat(report.outcomes().get(0).correct()).isFalse();
    assertThat(report.outcomes().get(0).got()).startsWith("error:");
    assertThat(report.outcomes().get(1).correct()).isFalse();
    assertThat(report.outcomes().get(3).correct()).isFalse();
    assertThat(report.outcomes().get(4).correct()).isTrue();
    assertThat(report.table()).contains("broken.jsonl").contains("5");
  }

  @Test
  void jsonReaderHandlesEscapesNumbersAndNesting() {
    Map<?, ?> parsed = (Map<?, ?>) Json.parse("{\"a\": [1, 2.5, -3e2], \"b\": {\"c\": null, \"d\": true},"
        + " \"e\": \"x\\\"y\\u0627\\n\"}");
    assertThat(parsed.get("a")).isEqualTo(List.of(1.0, 2.5, -300.0));
    Map<?, ?> b = (Map<?, ?>) parsed.get("b");
    assertThat(b.containsKey("c")).isTrue();
    assertThat(b.get("c")).isNull();
    assertThat(b.get("d")).isEqualTo(true);
    assertThat(parsed.get("e")).isEqualTo("x\"yا\n");
  }
}
