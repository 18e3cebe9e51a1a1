package com.romna.api.support;

import com.romna.api.auth.DevTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the service under test, so tests go through the public API. */
public final class Api {

  public static final String SERVICE_KEY = "test-service-key-0123456789abcdef0123456789";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  public Api(int port) {
    this.base = "http://localhost:" + port;
  }

  public record Response(int status, JsonNode body, Map<String, java.util.List<String>> headers) {
    public String text(String field) {
      JsonNode node = body.get(field);
      return node == null || node.isNull() ? null : node.asString();
    }

    public String contentType() {
      return headers.getOrDefault("content-type", java.util.List.of("")).get(0);
    }
  }

  public static String tokenFor(String userId) {
    // Long-lived: the service runs on skipped test time, which may be days ahead of the wall clock.
    return DevTokens.mint(userId, DevTokens.DEVELOPMENT_SECRET, Instant.now(), Duration.ofDays(3650));
  }

  public static String json(Object value) {
    return JSON.writeValueAsString(value);
  }

  public Response get(String path, String token) {
    return send(request(path, token).GET());
  }

  public Response post(String path, String token, String body, String... headers) {
    HttpRequest.Builder request =
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  /** A form post without a bearer token, as providers call webhooks. */
  public Response postForm(String path, Map<String, String> form, String... headers) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(java.util.stream.Collectors.joining("&"));
    HttpRequest.Builder request =
        request(path, null)
            .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  public Response put(String path, String token, String body) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body == null ? "" : body)));
  }

  public Response delete(String path, String token) {
    return send(request(path, token).DELETE());
  }

  /** Any method with any body and headers, e.g. to replay the examples the API documents. */
  public Response send(
      String method, String path, String token, String contentType, String body, Map<String, String> headers) {
    HttpRequest.Builder request =
        request(path, token)
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    headers.forEach(request::header);
    return send(request);
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request;
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode body = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
      return new Response(response.statusCode(), body, response.headers().map());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
