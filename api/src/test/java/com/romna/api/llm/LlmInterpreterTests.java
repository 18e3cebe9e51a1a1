package com.romna.api.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.romna.api.support.FakeModel.answer;
import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.FakeModel;
import com.romna.understanding.Intent;
import com.romna.understanding.Interpretation;
import com.romna.understanding.TranscriptInterpreter.Reader;
import com.romna.understanding.TranscriptInterpreter.Reading;
import com.romna.understanding.Understanding;
import com.romna.understanding.Content;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** The LLM reader against a local OpenAI-compatible server: what it sends, what it keeps, when it falls back. */
class LlmInterpreterTests {

  static final Instant NOW = Instant.parse("2026-11-25T17:00:00Z");
  static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
  static final String LAUNDRY = "ping me in 2 hours about the laundry";
  static final Interpretation NOT_UNDERSTOOD = new Interpretation(null, null, null, null, "en", List.of("intent"));

  private final FakeModel model = new FakeModel();

  @AfterEach
  void stop() {
    model.close();
  }

  LlmInterpreter interpreter(Duration timeout) {
    return new LlmInterpreter(new Understanding(),
        new ChatCompletions(new LlmProperties(true, model.baseUrl(), FakeModel.MODEL, FakeModel.KEY, timeout)));
  }

  Reading interpret(String transcript) {
    return interpreter(Duration.ofSeconds(3)).interpret(transcript, null, RIYADH, NOW);
  }

  static Map<String, Object> laundry() {
    return answer("intent", "create_reminder", "time", "in 2 hours", "title", "the laundry", "language", "en");
  }

  @Test
  void theRequestCarriesModelKeyStrictSchemaAndTheTranscriptOnlyInTheUserMessage() {
    model.answers(laundry());

    interpret(LAUNDRY);

    var request = model.requests().get(0);
    assertThat(request.getUrl()).isEqualTo(FakeModel.PATH);
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + FakeModel.KEY);
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    JsonNode body = model.onlyRequestBody();
    assertThat(body.get("model").asString()).isEqualTo(FakeModel.MODEL);
    assertThat(body.get("messages")).hasSize(2);
    assertThat(body.get("messages").get(0).get("role").asString()).isEqualTo("system");
    assertThat(body.get("messages").get(0).get("content").asString()).isEqualTo(Prompt.SYSTEM)
        .doesNotContain("laundry");
    assertThat(body.get("messages").get(1).get("role").asString()).isEqualTo("user");
    assertThat(body.get("messages").get(1).get("content").asString())
        .isEqualTo("<transcript>\n" + LAUNDRY + "\n</transcript>");
    JsonNode format = body.get("response_format");
    assertThat(format.get("type").asString()).isEqualTo("json_schema");
    assertThat(format.get("json_schema").get("name").asString()).isEqualTo("romna_request");
    assertThat(format.get("json_schema").get("strict").asBoolean()).isTrue();
    JsonNode schema = format.get("json_schema").get("schema");
    List<String> fields = List.of("intent", "command", "time", "recipient", "title", "subject", "body", "message",
        "language");
    assertThat(schema.get("type").asString()).isEqualTo("object");
    assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
    assertThat(schema.get("required").valueStream().map(JsonNode::asString)).containsExactlyElementsOf(fields);
    assertThat(schema.get("properties").propertyNames()).containsExactlyElementsOf(fields);
    assertThat(schema.get("properties").get("intent").get("enum").valueStream()
        .map(n -> n.isNull() ? null : n.asString()))
        .containsExactly("create_reminder", "create_alarm", "send_email", "send_whatsapp", null);
    assertThat(schema.get("properties").get("command").get("enum").valueStream()
        .map(n -> n.isNull() ? null : n.asString())).containsExactly("cancel", "snooze", "reschedule", "list", "query", null);
    assertThat(schema.get("properties").get("time").get("type").valueStream().map(JsonNode::asString))
        .containsExactly("string", "null");
  }

  @Test
  void aGoodAnswerIsUsedWithItsTimeResolvedByOurGrammar() {
    model.answers(answer("intent", "create_reminder", "time", "بعد ساعتين", "title", "اتصل بأمي",
        "language", "ar"));

    Reading reading = interpret("بعد ساعتين لازم اتصل بأمي");

    assertThat(reading.by()).isEqualTo(Reader.LLM);
    assertThat(reading.interpretation()).usingRecursiveComparison().ignoringFields("reply").isEqualTo(new Interpretation(Intent.CREATE_REMINDER,
        NOW.plus(Duration.ofHours(2)), Content.titled("اتصل بأمي"), null, "ar", List.of()));
  }

  @Test
  void anAnswerCarryingItsOwnTimestampIsRejectedNotTrusted() {
    Map<String, Object> withTimestamp = answer("intent", "create_reminder", "time", "بعد ساعتين",
        "title", "اتصل بأمي", "language", "ar");
    withTimestamp.put("scheduled_for", "2026-11-26T03:00:00+03:00");
    model.answers(withTimestamp);

    Reading reading = interpret("بعد ساعتين لازم اتصل بأمي");

    assertThat(reading.by()).isEqualTo(Reader.RULES);
    assertThat(reading.interpretation().intent()).isNull();
    assertThat(model.requests()).hasSize(1);
  }

  @Test
  void whatTheRulesUnderstandNeverReachesTheModel() {
    model.answers(laundry());

    Reading reminder = interpret("ذكرني بعد ساعتين");
    Reading command = interpret("cancel my reminder");

    assertThat(reminder.by()).isEqualTo(Reader.RULES);
    assertThat(reminder.interpretation().scheduledFor()).isEqualTo(NOW.plus(Duration.ofHours(2)));
    assertThat(command.by()).isEqualTo(Reader.RULES);
    assertThat(command.interpretation().command()).isNotNull();
    assertThat(model.requests()).isEmpty();
  }

  static Stream<String> invalidAnswers() {
    return Stream.of(
        "{\"intent\": \"create_reminder\", \"time\": \"in 2 hours\"",                       // cut off
        "Sure! Here is the JSON: {\"intent\": \"create_reminder\"}",                        // prose
        "[\"create_reminder\", \"in 2 hours\"]",                                           // not an object
        "{\"intent\": \"create_meeting\", \"time\": \"in 2 hours\"}",                       // unknown intent
        "{\"intent\": \"create_reminder\", \"time\": 7200}",                                // wrong type
        "{\"intent\": [\"create_reminder\"], \"time\": \"in 2 hours\"}",                    // wrong type
        "{\"intent\": \"create_reminder\", \"time\": \"in 2 hours\", \"requires_approval\": false}", // extra
        "{\"intent\": \"create_reminder\", \"time\": \"in 2 hours\", \"title\": \"" + "x".repeat(201) + "\"}",
        "{\"intent\": \"create_reminder\", \"intent\": \"send_email\", \"time\": \"in 2 hours\"}", // duplicate
        "{\"intent\": \"create_reminder\", \"time\": \"in 2 hours\"} {\"intent\": \"send_email\"}", // trailing
        "{\"intent\": \"create_reminder\", \"language\": \"fr\", \"time\": \"in 2 hours\"}");
  }

  @ParameterizedTest
  @MethodSource("invalidAnswers")
  void anAnswerOutsideTheSchemaFallsBackToTheRules(String content) {
    model.answersText(content);

    Reading reading = interpret(LAUNDRY);

    assertThat(reading.by()).isEqualTo(Reader.RULES);
    assertThat(reading.interpretation()).usingRecursiveComparison().ignoringFields("reply").isEqualTo(NOT_UNDERSTOOD);
    assertThat(model.requests()).hasSize(1);
  }

  @Test
  void aServerErrorARefusalOrACutOffAnswerFallsBackToTheRules() {
    model.responds(aResponse().withStatus(500).withBody("{\"error\":{\"message\":\"overloaded\"}}"));
    assertThat(interpret(LAUNDRY)).usingRecursiveComparison().ignoringFields("interpretation.reply").isEqualTo(new Reading(NOT_UNDERSTOOD, Reader.RULES));

    model.responds(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(
        FakeModel.completion("{}").replace("\"refusal\":null", "\"refusal\":\"I can't help with that.\"")));
    assertThat(interpret(LAUNDRY)).usingRecursiveComparison().ignoringFields("interpretation.reply").isEqualTo(new Reading(NOT_UNDERSTOOD, Reader.RULES));

    model.responds(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(
        FakeModel.completion("{\"intent\": \"create_reminder\", \"time\": \"in 2 hours\"}")
            .replace("\"stop\"", "\"length\"")));
    assertThat(interpret(LAUNDRY)).usingRecursiveComparison().ignoringFields("interpretation.reply").isEqualTo(new Reading(NOT_UNDERSTOOD, Reader.RULES));
  }

  @Test
  void aSlowAnswerBeyondTheTimeoutFallsBackToTheRulesInTime() {
    model.responds(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody(FakeModel.completion(laundryJson())).withFixedDelay(3_000));

    long start = System.nanoTime();
    Reading reading = interpreter(Duration.ofMillis(300)).interpret(LAUNDRY, null, RIYADH, NOW);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(reading).usingRecursiveComparison().ignoringFields("interpretation.reply").isEqualTo(new Reading(NOT_UNDERSTOOD, Reader.RULES));
    assertThat(took).isLessThan(Duration.ofMillis(1_500));
  }

  @Test
  void anAnswerTheRulesCannotVerifyFallsBackToTheRules() {
    model.answers(answer("intent", "create_reminder", "time", "in 3 hours", "title", "the laundry"));
    assertThat(interpret(LAUNDRY)).usingRecursiveComparison().ignoringFields("interpretation.reply").isEqualTo(new Reading(NOT_UNDERSTOOD, Reader.RULES));

    model.answers(answer("intent", "send_email", "recipient", "sara@example.com", "body", "I am late"));
    Reading claimed = interpret("shoot Sara a note saying I am late");
    assertThat(claimed.by()).isEqualTo(Reader.RULES);
    assertThat(claimed.interpretation().intent()).isNull();
  }

  @Test
  void aGoodAnswerWithoutAKeyOrTimeSendsNoAuthorizationAndSendsTheMessageNow() {
    model.answers(answer("intent", "send_email", "recipient", "sara@example.com", "subject", "Running late",
        "body", "I am late"));
    var noKey = new LlmInterpreter(new Understanding(), new ChatCompletions(
        new LlmProperties(true, model.baseUrl() + "/", FakeModel.MODEL, " ", Duration.ofSeconds(3))));

    Reading reading = noKey.interpret("shoot sara@example.com a note saying I am late", "en", RIYADH, NOW);

    assertThat(model.requests().get(0).containsHeader("Authorization")).isFalse();
    assertThat(model.requests().get(0).getUrl()).isEqualTo(FakeModel.PATH);
    assertThat(reading).usingRecursiveComparison().ignoringFields("interpretation.reply").isEqualTo(new Reading(new Interpretation(Intent.SEND_EMAIL, NOW,
        Content.email("Running late", "I am late"), "sara@example.com", "en", List.of()), Reader.LLM));
  }

  private static String laundryJson() {
    return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(laundry());
  }
}
