package com.romna.api.docs;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Whether a value fits a schema of the document, as far as drift goes: no member the schema does
 * not declare, every required member present, the JSON types right, all the way down.
 */
final class SchemaCheck {

  private final JsonNode document;

  SchemaCheck(JsonNode document) {
    this.document = document;
  }

  List<String> violations(JsonNode schema, JsonNode value) {
    List<String> out = new ArrayList<>();
    check("", schema, value, out);
    return out;
  }

  private void check(String at, JsonNode schema, JsonNode value, List<String> out) {
    JsonNode s = resolve(schema);
    String type = s.has("type") ? s.get("type").asString() : s.has("properties") ? "object" : "";
    switch (type) {
      case "object" -> {
        if (!value.isObject()) {
          out.add(at + ": " + value + " is not an object");
          return;
        }
        JsonNode properties = s.path("properties");
        boolean open = s.has("additionalProperties");
        s.path("required").forEach(r -> {
          if (!value.has(r.asString())) {
            out.add(at + ": required member '" + r.asString() + "' is missing");
          }
        });
        value.properties().forEach(member -> {
          if (properties.has(member.getKey())) {
            check(at + "/" + member.getKey(), properties.get(member.getKey()), member.getValue(), out);
          } else if (!open) {
            out.add(at + "/" + member.getKey() + ": not declared in the schema");
          }
        });
      }
      case "array" -> {
        if (!value.isArray()) {
          out.add(at + ": " + value + " is not an array");
          return;
        }
        for (int i = 0; i < value.size(); i++) {
          check(at + "/" + i, s.path("items"), value.get(i), out);
        }
      }
      case "string" -> expect(value.isString(), at, value, type, out);
      case "integer" -> expect(value.isIntegralNumber(), at, value, type, out);
      case "number" -> expect(value.isNumber(), at, value, type, out);
      case "boolean" -> expect(value.isBoolean(), at, value, type, out);
      default -> { }
    }
  }

  private static void expect(boolean fits, String at, JsonNode value, String type, List<String> out) {
    if (!fits) {
      out.add(at + ": " + value + " is not a " + type);
    }
  }

  private JsonNode resolve(JsonNode schema) {
    JsonNode s = schema;
    while (s.has("$ref")) {
      String name = s.get("$ref").asString().substring("#/components/schemas/".length());
      s = document.path("components").path("schemas").path(name);
    }
    return s;
  }
}
