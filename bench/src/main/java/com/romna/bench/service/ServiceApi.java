package com.romna.bench.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The service's real HTTP API, called as a trusted backend would: the service key as bearer token
 * and the user named in the body. Every plan gets a user of its own, so per-user limits never shape
 * a figure.
 */
public final class ServiceApi {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final LocalService service;

  public ServiceApi(LocalService service) {
    this.service = service;
  }

  /** What decide answered (201). */
  public record Decided(UUID planId, String status, Instant scheduledFor) {}

  public Decided decide(String userId, String transcript, String timezone) throws IOException, InterruptedException {
    JsonNode body = post("/api/voice/decide", userId, transcript, timezone, 201);
    return new Decided(UUID.fromString(body.get("planId").asText()), body.get("status").asText(),
        OffsetDateTime.parse(body.get("scheduledFor").asText()).toInstant());
  }

  /** Understands without creating anything; fails unless the transcript was understood. */
  public void interpret(String userId, String transcript, String timezone) throws IOException, InterruptedException {
    JsonNode body = post("/api/voice/interpret", userId, transcript, timezone, 200);
    if (!body.path("understood").asBoolean()) {
      throw new IOException("not understood: " + transcript);
    }
  }

  /** The service's Prometheus text, or null when it is not reachable with the service key. */
  public String prometheus() throws IOException, InterruptedException {
    HttpResponse<String> response = Http.send(HttpRequest.newBuilder(uri("/actuator/prometheus"))
        .header("Authorization", "Bearer " + service.serviceKey()).timeout(TIMEOUT).GET().build());
    return response.statusCode() == 200 ? response.body() : null;
  }

  private JsonNode post(String path, String userId, String transcript, String timezone, int expected)
      throws IOException, InterruptedException {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("transcript", transcript);
    request.put("timezone", timezone);
    request.put("userId", userId);
    HttpResponse<String> response = Http.send(HttpRequest.newBuilder(uri(path))
        .header("Authorization", "Bearer " + service.serviceKey())
        .header("Content-Type", "application/json")
        .timeout(TIMEOUT)
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request)))
        .build());
    if (response.statusCode() != expected) {
      String body = response.body();
      throw new IOException(path + " answered " + response.statusCode() + ": "
          + body.substring(0, Math.min(300, body.length())));
    }
    return JSON.readTree(response.body());
  }

  private URI uri(String path) {
    return service.base().resolve(path);
  }
}
