package com.romna.api.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local OpenAI-compatible chat-completions server: answers {@code POST /v1/chat/completions} with
 * whatever content a test sets, and keeps the requests it received.
 */
public final class FakeModel implements AutoCloseable {

  public static final String MODEL = "glm-4.5-air";
  public static final String KEY = "sk-test-0123456789";
  public static final String PATH = "/v1/chat/completions";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final WireMockServer server = new WireMockServer(options().dynamicPort());

  public FakeModel() {
    server.start();
  }

  /** What to configure as the base URL (the API root with its version). */
  public String baseUrl() {
    return server.baseUrl() + "/v1";
  }

  /** An answer of the schema's nine fields, all null except {@code keyValues}. */
  public static Map<String, Object> answer(Object... keyValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String field : List.of("intent", "command", "time", "recipient", "title", "subject", "body", "message",
        "language")) {
      out.put(field, null);
    }
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      out.put((String) keyValues[i], keyValues[i + 1]);
    }
    return out;
  }

  public void answers(Map<String, Object> answer) {
    answersText(JSON.writeValueAsString(answer));
  }

  /** The assistant message's content, verbatim (it may be anything, valid or not). */
  public void answersText(String content) {
    responds(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody(completion(content)));
  }

  public void responds(ResponseDefinitionBuilder response) {
    server.resetAll();
    server.stubFor(post(urlEqualTo(PATH)).willReturn(response));
  }

  public static String completion(String content) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("role", "assistant");
    message.put("content", content);
    message.put("refusal", null);
    return JSON.writeValueAsString(Map.of(
        "id", "chatcmpl-1",
        "object", "chat.completion",
        "created", 1764090000,
        "model", MODEL,
        "choices", List.of(Map.of("index", 0, "message", message, "finish_reason", "stop")),
        "usage", Map.of("prompt_tokens", 500, "completion_tokens", 60, "total_tokens", 560)));
  }

  public List<LoggedRequest> requests() {
    return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
        com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
  }

  public JsonNode onlyRequestBody() {
    List<LoggedRequest> all = requests();
    if (all.size() != 1) {
      throw new AssertionError("expected one request to the model, got " + all.size());
    }
    return JSON.readTree(all.get(0).getBodyAsString());
  }

  @Override
  public void close() {
    server.stop();
  }
}
