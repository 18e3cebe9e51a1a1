package com.romna.api.llm;

import com.romna.understanding.Extraction;
import com.romna.understanding.Intent;
import com.romna.understanding.PlanCommand;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one shape a model's answer may take: the strict JSON schema sent with every request and, from
 * the same field list, the check of what comes back. The model's word is never enough: an extra
 * field, a wrong type, an unknown value or an oversize string rejects the whole answer.
 */
final class AnswerSchema {

  static final String NAME = "romna_request";
  static final JsonMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private AnswerSchema() {}

  /** Limits are checked here, not sent: strict mode of some servers refuses {@code maxLength}. */
  enum Field {
    INTENT(20, "What to create; null when the transcript asks for none of these.",
        Arrays.stream(Intent.values()).map(Intent::wire).toList()),
    COMMAND(10, "A request about reminders or alarms that already exist; null otherwise.",
        Arrays.stream(PlanCommand.Action.values()).map(PlanCommand.Action::wire).toList()),
    TIME(100, "The words of the transcript that say when, copied exactly as said; never a computed date or"
        + " time; null if no time is said.", null),
    RECIPIENT(254, "The e-mail address or phone number to send to, copied exactly as written; null if none.",
        null),
    TITLE(200, "Reminder or alarm: what it is about, in the user's words; null if not said.", null),
    SUBJECT(200, "E-mail: a short subject in the user's words; null if none.", null),
    BODY(1000, "E-mail: the text to send, in the user's words; null if none.", null),
    MESSAGE(1000, "WhatsApp: the text to send, in the user's words; null if none.", null),
    LANGUAGE(2, "The language most words of the transcript are in.", List.of("ar", "en"));

    final int maxLength;
    final String description;
    final List<String> values;

    Field(int maxLength, String description, List<String> values) {
      this.maxLength = maxLength;
      this.description = description;
      this.values = values;
    }

    String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Every field required and nullable, nothing else allowed: what OpenAI's strict mode asks for. */
  static ObjectNode schema() {
    ObjectNode schema = JSON.createObjectNode().put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = schema.putArray("required");
    for (Field f : Field.values()) {
      ObjectNode p = properties.putObject(f.wire());
      p.putArray("type").add("string").add("null");
      p.put("description", f.description);
      if (f.values != null) {
        ArrayNode allowed = p.putArray("enum");
        f.values.forEach(allowed::add);
        allowed.addNull();
      }
      required.add(f.wire());
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  /** The answer as an extraction; a missing field counts as null (some servers are not strict). */
  static Extraction read(String content) {
    JsonNode root;
    try {
      root = JSON.readTree(content);
    } catch (JacksonException e) {
      throw new LlmFailure("the answer is not valid JSON");
    }
    if (root == null || !root.isObject()) {
      throw new LlmFailure("the answer is not a JSON object");
    }
    Map<Field, String> v = new EnumMap<>(Field.class);
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      Field f = Arrays.stream(Field.values()).filter(x -> x.wire().equals(entry.getKey())).findFirst()
          .orElseThrow(() -> new LlmFailure("the answer has a field outside the schema"));
      JsonNode value = entry.getValue();
      if (value.isNull()) {
        continue;
      }
      if (!value.isString()) {
        throw new LlmFailure("'" + f.wire() + "' is not a string");
      }
      String s = value.stringValue();
      if (s.length() > f.maxLength) {
        throw new LlmFailure("'" + f.wire() + "' is longer than " + f.maxLength + " characters");
      }
      if (f.values != null && !f.values.contains(s)) {
        throw new LlmFailure("'" + f.wire() + "' has a value outside the schema");
      }
      v.put(f, s);
    }
    return new Extraction(intent(v.get(Field.INTENT)), command(v.get(Field.COMMAND)), v.get(Field.TIME),
        v.get(Field.RECIPIENT), v.get(Field.TITLE), v.get(Field.SUBJECT), v.get(Field.BODY),
        v.get(Field.MESSAGE), v.get(Field.LANGUAGE));
  }

  private static Intent intent(String wire) {
    return wire == null ? null
        : Arrays.stream(Intent.values()).filter(i -> i.wire().equals(wire)).findFirst().orElseThrow();
  }

  private static PlanCommand.Action command(String wire) {
    return wire == null ? null : PlanCommand.Action.valueOf(wire.toUpperCase(Locale.ROOT));
  }
}
