package com.romna.api.llm;

import com.romna.api.hygiene.CleanText;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * One call to an OpenAI-compatible {@code POST /chat/completions}, on a plain {@link RestClient}: the
 * API is one JSON request, so an SDK (Spring AI would bring OpenAI's, and a second OkHttp) buys nothing.
 */
final class ChatCompletions {

  private static final int MAX_RESPONSE_BYTES = 64 * 1024;

  private final RestClient http;
  private final String model;

  ChatCompletions(LlmProperties llm) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(llm.timeout()).build();
    JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
    factory.setReadTimeout(llm.timeout());
    RestClient.Builder builder = RestClient.builder().requestFactory(factory).baseUrl(llm.baseUrl());
    if (llm.apiKey() != null) {
      builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + llm.apiKey());
    }
    this.http = builder.build();
    this.model = llm.model();
  }

  /** The assistant's reply text, asked for in the shape of {@code schema}. */
  String complete(String system, String user, ObjectNode schema) {
    ObjectNode body = AnswerSchema.JSON.createObjectNode().put("model", model);
    body.putArray("messages")
        .add(message("system", system))
        .add(message("user", user));
    ObjectNode format = body.putObject("response_format").put("type", "json_schema");
    format.putObject("json_schema").put("name", AnswerSchema.NAME).put("strict", true).set("schema", schema);
    byte[] response;
    try {
      response = http.post()
          .uri("/chat/completions")
          .contentType(MediaType.APPLICATION_JSON)
          .accept(MediaType.APPLICATION_JSON)
          .body(AnswerSchema.JSON.writeValueAsBytes(body))
          .exchange((request, answer) -> {
            if (answer.getStatusCode().isError()) {
              throw new LlmFailure("the model server answered HTTP " + answer.getStatusCode().value());
            }
            return capped(answer.getBody());
          });
    } catch (RestClientException e) {
      throw new LlmFailure(timedOut(e) ? "no answer in time" : "the model server is unreachable");
    }
    return content(response);
  }

  /** Reads at most the cap (and one byte to know it was exceeded): a huge answer is never buffered. */
  private static byte[] capped(InputStream body) throws IOException {
    byte[] read = body.readNBytes(MAX_RESPONSE_BYTES + 1);
    if (read.length > MAX_RESPONSE_BYTES) {
      throw new LlmFailure("the model server's response is larger than " + MAX_RESPONSE_BYTES + " bytes");
    }
    return read;
  }

  private static ObjectNode message(String role, String content) {
    return AnswerSchema.JSON.createObjectNode().put("role", role).put("content", content);
  }

  private static String content(byte[] response) {
    if (response == null || response.length == 0) {
      throw new LlmFailure("the model server's response is empty");
    }
    JsonNode choice;
    try {
      choice = AnswerSchema.JSON.readTree(new String(response, StandardCharsets.UTF_8)).path("choices").path(0);
    } catch (JacksonException e) {
      throw new LlmFailure("the model server's response is not JSON");
    }
    JsonNode message = choice.path("message");
    if (message.path("refusal").isString()) {
      throw new LlmFailure("the model refused");
    }
    JsonNode finish = choice.path("finish_reason");
    if (finish.isString() && "length".equals(finish.stringValue())) {
      throw new LlmFailure("the answer was cut off");
    }
    JsonNode content = message.path("content");
    if (!content.isString()) {
      throw new LlmFailure("the response has no answer");
    }
    return cleaned(content.stringValue());
  }

  /**
   * The answer's strings as {@link CleanText} leaves user input: whatever the model writes into a
   * title, subject or body carries no bidi override or invisible character into a plan. An answer
   * that is not JSON is left for the schema check to refuse.
   */
  private static String cleaned(String answer) {
    JsonNode tree;
    try {
      tree = AnswerSchema.JSON.readTree(answer);
    } catch (JacksonException e) {
      return answer;
    }
    return AnswerSchema.JSON.writeValueAsString(cleaned(tree));
  }

  private static JsonNode cleaned(JsonNode node) {
    if (node.isString()) {
      return StringNode.valueOf(CleanText.clean(node.stringValue()));
    }
    if (node instanceof ObjectNode object) {
      for (String name : List.copyOf(object.propertyNames())) {
        object.set(name, cleaned(object.get(name)));
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, cleaned(array.get(i)));
      }
    }
    return node;
  }

  private static boolean timedOut(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpTimeoutException) {
        return true;
      }
    }
    return false;
  }
}
