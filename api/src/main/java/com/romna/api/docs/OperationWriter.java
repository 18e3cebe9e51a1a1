package com.romna.api.docs;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes one operation's hand-written documentation over what springdoc derived from the code. */
final class OperationWriter {

  static final String JSON = "application/json";
  static final String FORM = "application/x-www-form-urlencoded";

  // Every authenticated endpoint can answer these, whatever it does.
  private static final List<String> AUTHENTICATED =
      List.of("unauthorized", "forbidden", "user-required", "invalid-user", "not-acceptable", "internal",
          "auth-unavailable");

  private final ProblemResponses problems;

  OperationWriter(ProblemResponses problems) {
    this.problems = problems;
  }

  void write(Operation op, String tag, OperationDoc doc) {
    op.operationId(doc.id()).summary(doc.summary()).description(doc.description()).tags(List.of(tag));
    if (doc.open()) {
      op.security(List.of()); // overrides the document-wide bearer requirement
    }
    parameters(op, doc);
    requestBody(op, doc);
    op.responses(responses(op, doc));
  }

  private static void parameters(Operation op, OperationDoc doc) {
    if (op.getParameters() == null) {
      return;
    }
    for (Parameter p : op.getParameters()) {
      p.description(doc.parameters().get(p.getName()));
      doc.examples().forEach((name, example) -> {
        // Header values stay in the example's description: Swagger UI would pre-fill the first one
        // (an Idempotency-Key) into every "Try it out", turning later tries into key reuse.
        String value = switch (p.getIn()) {
          case "path" -> example.path().get(p.getName());
          case "query" -> example.query().get(p.getName());
          default -> null;
        };
        if (value != null) {
          p.addExample(name, new Example().summary(example.summary()).value(value));
        }
      });
    }
  }

  private static void requestBody(Operation op, OperationDoc doc) {
    boolean form = doc.examples().values().stream().anyMatch(e -> !e.form().isEmpty());
    if (form && op.getRequestBody() == null) {
      Schema<?> fields = new ObjectSchema().additionalProperties(new StringSchema());
      op.requestBody(new RequestBody().required(true)
          .content(new Content().addMediaType(FORM, new MediaType().schema(fields))));
    }
    RequestBody body = op.getRequestBody();
    if (body == null) {
      return;
    }
    body.description(doc.request());
    body.getContent().forEach((type, media) -> doc.examples().forEach((name, example) -> {
      Object value = FORM.equals(type) ? example.form() : DocsYaml.plain(example.body());
      if (value != null && !(value instanceof Map<?, ?> m && m.isEmpty())) {
        media.addExamples(name, example(example, value));
      }
    }));
  }

  private ApiResponses responses(Operation op, OperationDoc doc) {
    Schema<?> success = successSchema(op);
    ApiResponses responses = new ApiResponses();
    doc.responses().forEach((status, description) -> {
      ApiResponse response = new ApiResponse().description(description);
      if (status != 204 && success != null) {
        MediaType media = new MediaType().schema(success);
        examplesWith(doc, status).forEach(e -> media.addExamples(e.getKey(), example(e.getValue(), DocsYaml.plain(e.getValue().response()))));
        response.content(new Content().addMediaType(JSON, media));
      }
      responses.addApiResponse(String.valueOf(status), response);
    });
    List<String> slugs = new ArrayList<>(doc.problems());
    if (!doc.open()) {
      AUTHENTICATED.forEach(slugs::add);
    }
    if (op.getRequestBody() != null && op.getRequestBody().getContent().containsKey(JSON)) {
      slugs.add("malformed-body");
      slugs.add("body-too-large");
      slugs.add("unsupported-media-type");
    }
    problems.add(responses, slugs, doc);
    return responses;
  }

  /** The schema springdoc derived from the method's return type, whatever status it filed it under. */
  private static Schema<?> successSchema(Operation op) {
    if (op.getResponses() == null) {
      return null;
    }
    return op.getResponses().values().stream()
        .filter(r -> r.getContent() != null)
        .flatMap(r -> r.getContent().values().stream())
        .map(MediaType::getSchema)
        .filter(s -> s != null)
        .findFirst()
        .orElse(null);
  }

  static List<Map.Entry<String, OperationDoc.Example>> examplesWith(OperationDoc doc, int status) {
    return doc.examples().entrySet().stream().filter(e -> e.getValue().status() == status).toList();
  }

  static Example example(OperationDoc.Example example, Object value) {
    String headers = example.headers().entrySet().stream()
        .map(h -> "`" + h.getKey() + ": " + h.getValue() + "`")
        .collect(java.util.stream.Collectors.joining(", "));
    String description = headers.isEmpty() ? example.description()
        : (example.description() == null ? "" : example.description() + " ") + "Sent with " + headers + ".";
    return new Example().summary(example.summary()).description(description).value(value);
  }
}
