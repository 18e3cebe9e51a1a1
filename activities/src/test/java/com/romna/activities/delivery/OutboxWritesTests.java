package com.romna.activities.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.romna.activities.TestDatabase;
import com.romna.activities.plan.PlanRecorder;
import com.romna.workflows.ExecutionType;
import com.romna.workflows.PlanPayload;
import com.romna.workflows.delivery.DeliveryReceipt;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Outbox deliveries falling due together share one statement, on a real PostgreSQL, and each
 * plan is still decided alone: sent once, never past its cancel fence, never lost to another
 * plan's error.
 */
class OutboxWritesTests {

  private static final int PLANS = 40;

  private final Clock clock = Clock.systemUTC();
  private final PlanRecorder plans = new PlanRecorder(TestDatabase.jdbc(), clock);
  private final DeliveryLedger ledger = new DeliveryLedger(TestDatabase.jdbc(), plans, clock);
  private final ExecutorService senders = Executors.newFixedThreadPool(PLANS);

  @AfterEach
  void stop() {
    senders.shutdownNow();
  }

  @Test
  void plansDueTogetherAreEachSentOnceAndAFencedOneNotAtAll() throws Exception {
    List<UUID> planIds = new ArrayList<>();
    for (int i = 0; i < PLANS; i++) {
      planIds.add(TestDatabase.insertPlan("u-" + UUID.randomUUID(), "reminder", "{\"title\":\"tea\"}",
          Instant.now()));
    }
    UUID fenced = planIds.get(7);
    TestDatabase.jdbc().update("UPDATE execution_plans SET cancel_requested_at = now() WHERE id = :id",
        new MapSqlParameterSource("id", fenced));
    UUID twice = planIds.get(3); // a retried attempt racing the first one

    List<CompletableFuture<Object>> sends = new ArrayList<>();
    CountDownLatch start = new CountDownLatch(1);
    for (UUID planId : planIds) {
      sends.add(together(start, () -> record(planId)));
    }
    CompletableFuture<Object> again = together(start, () -> record(twice));
    start.countDown();

    for (int i = 0; i < PLANS; i++) {
      Object outcome = sends.get(i).get(30, TimeUnit.SECONDS);
      UUID planId = planIds.get(i);
      if (planId.equals(fenced)) {
        assertThat(outcome).isInstanceOf(ApplicationFailure.class);
        assertThat(TestDatabase.planStatus(planId)).isEqualTo("scheduled");
        assertThat(TestDatabase.deliveryRows(planId)).isZero();
      } else {
        assertThat(outcome).isInstanceOf(DeliveryReceipt.class);
        assertThat(TestDatabase.planStatus(planId)).isEqualTo("executed");
        assertThat(TestDatabase.deliveryRows(planId)).isEqualTo(1);
      }
    }
    DeliveryReceipt first = (DeliveryReceipt) sends.get(3).get();
    DeliveryReceipt second = (DeliveryReceipt) again.get(30, TimeUnit.SECONDS);
    assertThat(List.of(first.repeated(), second.repeated())).containsExactlyInAnyOrder(true, false);
    assertThat(executedEvents(twice)).isEqualTo(1);
  }

  @Test
  void aRowTheDatabaseRefusesFailsAloneAndTheOthersInItsBatchAreWritten() throws Exception {
    OutboxWrites outbox = new OutboxWrites(TestDatabase.jdbc(), clock);
    List<UUID> planIds = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      planIds.add(TestDatabase.insertPlan("u-" + UUID.randomUUID(), "reminder", "{\"title\":\"tea\"}",
          Instant.now()));
    }
    UUID refused = planIds.get(4);
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Object>> writes = new ArrayList<>();
    for (UUID planId : planIds) {
      String channel = planId.equals(refused) ? "carrier-pigeon" : "notification";
      writes.add(together(start, () -> outbox.write(new OutboxWrites.Row(UUID.randomUUID(), planId,
          channel, "local", "k-" + planId, "delivered", "user:u", Map.of("title", "tea"), null, 1,
          "delivered via local"))));
    }
    start.countDown();

    for (int i = 0; i < planIds.size(); i++) {
      UUID planId = planIds.get(i);
      if (planId.equals(refused)) {
        assertThat(writes.get(i).get(30, TimeUnit.SECONDS)).isInstanceOf(RuntimeException.class);
        assertThat(TestDatabase.planStatus(planId)).isEqualTo("scheduled");
      } else {
        assertThat(writes.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(true);
        assertThat(TestDatabase.deliveryRows(planId)).isEqualTo(1);
      }
    }
    assertThatThrownBy(() -> outbox.write(new OutboxWrites.Row(UUID.randomUUID(), refused,
        "carrier-pigeon", "local", "k-" + refused, "delivered", "user:u", Map.of(), null, 1, "x")))
        .isInstanceOf(RuntimeException.class);
  }

  private DeliveryReceipt record(UUID planId) {
    Delivery delivery = new Delivery(planId, "u", ExecutionType.NOTIFICATION, PlanPayload.reminder("tea"),
        Instant.now(), "UTC", "en");
    return ledger.recordOutbox(delivery,
        new SentMessage(LocalOutbox.PROVIDER, null, "delivered", "user:u", Map.of("title", "tea")), 1);
  }

  /** Runs once {@code start} opens; a thrown failure becomes the outcome. */
  private CompletableFuture<Object> together(CountDownLatch start, Supplier<Object> work) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        start.await();
        return work.get();
      } catch (RuntimeException failure) {
        return failure;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return e;
      }
    }, senders);
  }

  private static int executedEvents(UUID planId) {
    Integer events = TestDatabase.jdbc().queryForObject(
        "SELECT count(*) FROM plan_events WHERE plan_id = :id AND status = 'executed'",
        new MapSqlParameterSource("id", planId), Integer.class);
    return events == null ? 0 : events;
  }
}
