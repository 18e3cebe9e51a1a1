package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.Api;
import com.romna.api.support.EngineTest;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A load check, not a timed test: 1,000 intakes from 50 concurrent clients (a user each) become
 * 1,000 distinct plans, each with its own running workflow, without a single error. The figures
 * are printed for the record; nothing asserts on speed.
 */
// A service of its own: its thousand sleeping workflows must not fire in other tests that skip time.
// Closed after the class too: its idle test server would skip ahead to them while later classes run,
// and a thousand plans would fail in the log, past their window.
@TestPropertySource(properties = "romna.limits.intake-per-minute=30")
@DirtiesContext
class IntakeLoadTests extends EngineTest {

  private static final int CLIENTS = 50;
  private static final int PER_CLIENT = 20;

  @Test
  void aThousandConcurrentIntakesBecomeAThousandPlansAndWorkflows() throws Exception {
    String run = "load-" + UUID.randomUUID().toString().substring(0, 8);
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    Set<UUID> plans = Collections.synchronizedSet(new HashSet<>());
    AtomicInteger errors = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    long started = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      String client = run + "-" + c;
      done.add(clients.submit(() -> {
        Api http = new Api(port);
        String bearer = Api.tokenFor(client);
        for (int i = 0; i < PER_CLIENT; i++) {
          long t0 = System.nanoTime();
          Api.Response response = http.post("/api/voice/decide", bearer,
              Api.json(Map.of("transcript", "remind me in " + (i + 2) + " hours to check item " + i,
                  "timezone", "Asia/Riyadh")));
          latencies.add(System.nanoTime() - t0);
          if (response.status() == 201) {
            plans.add(planId(response));
          } else {
            errors.incrementAndGet();
          }
        }
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    clients.shutdown();

    int rows = jdbc.sql("SELECT count(DISTINCT id) FROM execution_plans WHERE user_id LIKE :p AND status = 'scheduled'")
        .param("p", run + "-%").query(Integer.class).single();
    long running = plans.stream().filter(p -> workflowStatus(p) == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING)
        .count();
    List<Long> sorted = latencies.stream().sorted().toList();
    System.out.printf("intake load: %d requests from %d clients in %.1f s (%.0f plans/s), errors %d;"
            + " latency p50 %d ms, p95 %d ms, p99 %d ms, max %d ms; %d distinct plans, %d scheduled rows,"
            + " %d running workflows%n",
        sorted.size(), CLIENTS, seconds, sorted.size() / seconds, errors.get(), ms(sorted, 0.50), ms(sorted, 0.95),
        ms(sorted, 0.99), ms(sorted, 1.0), plans.size(), rows, running);

    assertThat(errors.get()).isZero();
    assertThat(plans).hasSize(CLIENTS * PER_CLIENT);
    assertThat(rows).isEqualTo(CLIENTS * PER_CLIENT);
    assertThat(running).isEqualTo(CLIENTS * PER_CLIENT);
  }

  private static long ms(List<Long> sorted, double quantile) {
    int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
    return Duration.ofNanos(sorted.get(Math.max(0, index))).toMillis();
  }
}
