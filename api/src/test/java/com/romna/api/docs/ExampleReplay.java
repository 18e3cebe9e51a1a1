package com.romna.api.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.Api;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends a documented example to the running service as a user of its own, after the examples it
 * builds on, and holds the answer to the documented one.
 */
final class ExampleReplay {

  /** An example with the operation it belongs to ({@code "POST /api/plans/{id}/approve"}). */
  record Located(String operation, String name, OperationDoc.Example example) {}

  private final Api api;
  private final Map<String, Located> examples;
  private final String user = "docs-" + UUID.randomUUID();
  private String lastId;
  private final java.util.Set<String> sent = new java.util.HashSet<>();

  ExampleReplay(Api api, Map<String, Located> examples) {
    this.api = api;
    this.examples = examples;
  }

  static Map<String, Located> index(ApiDocs docs) {
    Map<String, Located> all = new LinkedHashMap<>();
    docs.operations().forEach((operation, doc) -> doc.examples().forEach((name, example) -> {
      Located earlier = all.put(name, new Located(operation, name, example));
      assertThat(earlier).as("example names are unique: '%s' is used twice", name).isNull();
    }));
    return all;
  }

  /** Sends the example (and those it comes after) and checks each documented status and body. */
  Api.Response run(String name) {
    Located located = examples.get(name);
    assertThat(located).as("example '%s' (named in 'after') exists", name).isNotNull();
    OperationDoc.Example example = located.example();
    example.after().forEach(this::run);
    String method = located.operation().substring(0, located.operation().indexOf(' '));
    Api.Response response = api.send(method, path(located), token(example), contentType(example),
        body(example), example.headers());
    String label = located.operation() + " '" + name + "' answered " + response.body();
    assertThat(response.status()).as(label).isEqualTo(example.status());
    if (example.response() != null) {
      assertThat(DocumentedAnswer.mismatches(example.response(), response.body(), example.body() != null
              && example.body().has("now")))
          .as(label)
          .isEmpty();
    } else {
      assertThat(response.body().isNull()).as(label + " (documented without a body)").isTrue();
    }
    JsonNode id = response.body().has("planId") ? response.body().get("planId") : response.body().get("id");
    if (id != null && id.isString()) {
      lastId = id.asString();
    }
    return response;
  }

  private String path(Located located) {
    String path = located.operation().substring(located.operation().indexOf(' ') + 1);
    for (Map.Entry<String, String> p : located.example().path().entrySet()) {
      String value = p.getKey().equals("id") && lastId != null ? lastId
          : p.getKey().equals("token") && sent.contains(p.getValue()) ? device(p.getValue()) : p.getValue();
      path = path.replace("{" + p.getKey() + "}", encode(value));
    }
    assertThat(path).as("every path parameter of '%s' has a value", located.name()).doesNotContain("{");
    if (located.example().query().isEmpty()) {
      return path;
    }
    return path + "?" + located.example().query().entrySet().stream()
        .map(q -> encode(q.getKey()) + "=" + encode(q.getValue()))
        .collect(Collectors.joining("&"));
  }

  private String token(OperationDoc.Example example) {
    return switch (example.auth()) {
      case "user" -> Api.tokenFor(user);
      case "service" -> Api.SERVICE_KEY;
      case "none" -> null;
      default -> throw new AssertionError("auth is user, service or none, not " + example.auth());
    };
  }

  private static String contentType(OperationDoc.Example example) {
    if (!example.form().isEmpty()) {
      return OperationWriter.FORM;
    }
    return example.body() == null ? null : OperationWriter.JSON;
  }

  /** The documented body, acting on the plan the earlier examples made and for this replay's user. */
  private String body(OperationDoc.Example example) {
    if (!example.form().isEmpty()) {
      return example.form().entrySet().stream()
          .map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
          .collect(Collectors.joining("&"));
    }
    if (example.body() == null) {
      return null;
    }
    JsonNode body = example.body().deepCopy();
    if (body instanceof ObjectNode object) {
      if (object.has("planId") && lastId != null) {
        object.put("planId", lastId);
      }
      if (object.has("userId")) {
        object.put("userId", user);
      }
      if (object.has("token") && object.get("token").isString()) {
        sent.add(object.get("token").asString());
        object.put("token", device(object.get("token").asString()));
      }
    }
    return Api.json(body);
  }

  /**
   * A device token belongs to the first user who registers it, so each replay's user sends tokens of
   * its own (and uses them in paths once sent); the last six characters, the ones the API shows, stay
   * as documented.
   */
  private String device(String token) {
    return token.length() <= 6 ? token : user + "-" + token;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
