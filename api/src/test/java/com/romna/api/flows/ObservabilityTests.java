package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.romna.api.support.Api;
import com.romna.api.support.EngineTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What ops scrape and probe: Prometheus metrics (with the service key) and health (open). */
class ObservabilityTests extends EngineTest {

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> scrape() throws IOException, InterruptedException {
    return get("/actuator/prometheus", "Authorization", "Bearer " + Api.SERVICE_KEY);
  }

  @Test
  void prometheusExposesPlansDeliveriesLatenessAndTemporalWorkerMetricsAfterAPlanExecutes()
      throws Exception {
    UUID planId = planId(decide("remind me in 5 minutes to drink water", "UTC"));
    env.sleep(Duration.ofMinutes(6));
    awaitStatus(planId, "executed");

    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
      HttpResponse<String> scrape = scrape();
      assertThat(scrape.statusCode()).isEqualTo(200);
      String metrics = scrape.body();
      assertThat(metrics).containsPattern("romna_plans_total\\{intent=\"reminder\"[^}]*} [1-9]");
      assertThat(metrics)
          .containsPattern(
              "romna_deliveries_total\\{channel=\"notification\",[^}]*outcome=\"delivered\",provider=\"local\"[^}]*} [1-9]");
      assertThat(metrics).contains("romna_execution_lateness_seconds_bucket{");
      assertThat(metrics).containsPattern("romna_execution_lateness_seconds_count[^\\n]* [1-9]");
      // The intake's update-with-start call is measured too (its meter once failed to register).
      assertThat(metrics).containsPattern(
          "temporal_long_request_latency_seconds_count\\{[^}]*operation=\"ExecuteMultiOperation\"");
      // Temporal SDK worker metrics, reported through Micrometer every few seconds.
      assertThat(metrics).containsPattern("temporal_[a-z_]+\\{[^}]*task_queue=\"romna-execution\"");
    });
  }

  @Test
  void metricsNeedTheServiceKeyWhileHealthProbesStayOpen() throws Exception {
    HttpResponse<String> anonymous = get("/actuator/prometheus");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("content-type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    HttpResponse<String> user = get("/actuator/prometheus", "Authorization", "Bearer " + token);
    assertThat(user.statusCode()).isEqualTo(403);
    assertThat(user.body()).contains("urn:romna:problem:forbidden");
    assertThat(get("/actuator/info").statusCode()).isEqualTo(401);
    assertThat(scrape().statusCode()).isEqualTo(200);
    assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
  }

  @Test
  void readinessReflectsTheDatabaseAndTemporal() throws Exception {
    HttpResponse<String> readiness = get("/actuator/health/readiness");
    assertThat(readiness.statusCode()).isEqualTo(200);
    assertThat(readiness.body()).contains("\"status\":\"UP\"");
    HttpResponse<String> liveness = get("/actuator/health/liveness");
    assertThat(liveness.statusCode()).isEqualTo(200);
    HttpResponse<String> health = get("/actuator/health");
    assertThat(health.body()).contains("\"status\":\"UP\"");
  }
}
