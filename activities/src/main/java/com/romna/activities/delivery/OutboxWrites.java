package com.romna.activities.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.romna.workflows.PlanStatus;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The local outbox's deliveries written together: every delivery waiting when the writer is free
 * goes into one statement (group commit), so a burst of plans due in the same instant costs one
 * round trip and one commit per batch instead of per plan. Each plan is still decided on its own
 * row: it moves to {@code executed} only if it is open and its cancel fence is down (the row lock
 * orders it against {@link CancelFence}), and its delivery row is unique by idempotency key. A
 * batch that fails is written again one plan at a time, so one plan's error stays its own.
 */
class OutboxWrites {

  private static final int MOST = 500;

  private static final String WRITE =
      """
      WITH batch AS (
        SELECT * FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS b(delivery_id uuid, plan_id uuid,
          channel text, provider text, idem_key text, sent_status text, recipient text,
          content jsonb, message_id text, tries int, note text)),
      moved AS (
        UPDATE execution_plans p SET status = 'executed', executed_at = :now, updated_at = :now,
          attempts = b.tries, last_error = NULL
        FROM batch b
        WHERE p.id = b.plan_id AND p.status NOT IN %s AND p.cancel_requested_at IS NULL
        RETURNING p.id, p.user_id),
      event AS (
        INSERT INTO plan_events (plan_id, status, note, occurred_at)
        SELECT m.id, 'executed', b.note, :now FROM moved m JOIN batch b ON b.plan_id = m.id),
      delivery AS (
        INSERT INTO deliveries (id, plan_id, user_id, channel, provider, idempotency_key, status,
                                recipient, content, provider_message_id, attempts, created_at,
                                updated_at, purpose)
        SELECT b.delivery_id, m.id, m.user_id, b.channel, b.provider, b.idem_key, b.sent_status,
               b.recipient, b.content, b.message_id, b.tries, :now, :now, 'plan'
        FROM moved m JOIN batch b ON b.plan_id = m.id
        ON CONFLICT (idempotency_key) DO NOTHING)
      SELECT id FROM moved
      """
          .formatted(PlanStatus.TERMINAL_SQL);

  /** One plan's delivery through the outbox. */
  record Row(UUID deliveryId, UUID planId, String channel, String provider, String key,
      String status, String recipient, Map<String, String> content, String messageId, int attempts,
      String note) {}

  private record Pending(Row row, CompletableFuture<Boolean> moved) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;
  private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final AtomicBoolean writing = new AtomicBoolean();
  // One writer, started when there is something to write and gone after a second of nothing.
  private final ThreadPoolExecutor writer = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS,
      new LinkedBlockingQueue<>(), HeldSends.threads("outbox-writer"));

  OutboxWrites(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    writer.allowCoreThreadTimeOut(true);
  }

  /**
   * Writes the row with whatever else is waiting, and waits for its commit.
   *
   * @return true when the plan moved to {@code executed} with it; false when it was already
   *     executed, ended or fenced (nothing written for it)
   */
  boolean write(Row row) {
    Pending pending = new Pending(row, new CompletableFuture<>());
    queue.add(pending);
    if (writing.compareAndSet(false, true)) {
      writer.execute(this::drain);
    }
    try {
      return pending.moved().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the delivery was written", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException failure ? failure
          : new IllegalStateException(e.getCause());
    }
  }

  private void drain() {
    while (true) {
      List<Pending> batch = next();
      if (batch.isEmpty()) {
        writing.set(false);
        // A row added after the poll, before the flag went down, must not wait for the next one.
        if (queue.isEmpty() || !writing.compareAndSet(false, true)) {
          return;
        }
        continue;
      }
      try {
        settle(batch, moved(batch));
      } catch (RuntimeException | Error batchFailed) {
        for (Pending alone : batch) {
          try {
            settle(List.of(alone), moved(List.of(alone)));
          } catch (RuntimeException | Error failure) {
            // The sender's thread sees it (and keeps it out of logs); the writer carries on.
            alone.moved().completeExceptionally(failure);
          }
        }
      }
    }
  }

  /** Up to {@link #MOST} waiting rows, one per plan (a plan's second row waits for the next batch). */
  private List<Pending> next() {
    List<Pending> batch = new ArrayList<>();
    List<Pending> later = new ArrayList<>();
    Set<UUID> plans = new HashSet<>();
    Pending pending;
    while (batch.size() < MOST && (pending = queue.poll()) != null) {
      (plans.add(pending.row().planId()) ? batch : later).add(pending);
    }
    queue.addAll(later);
    return batch;
  }

  private Set<UUID> moved(List<Pending> batch) {
    return new HashSet<>(jdbc.queryForList(WRITE, new MapSqlParameterSource()
        .addValue("rows", json(batch))
        .addValue("now", clock.instant().atOffset(ZoneOffset.UTC)), UUID.class));
  }

  private static void settle(List<Pending> batch, Set<UUID> moved) {
    for (Pending pending : batch) {
      pending.moved().complete(moved.contains(pending.row().planId()));
    }
  }

  private static String json(List<Pending> batch) {
    List<Map<String, Object>> rows = new ArrayList<>(batch.size());
    for (Pending pending : batch) {
      Row row = pending.row();
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("delivery_id", row.deliveryId().toString());
      json.put("plan_id", row.planId().toString());
      json.put("channel", row.channel());
      json.put("provider", row.provider());
      json.put("idem_key", row.key());
      json.put("sent_status", row.status());
      json.put("recipient", row.recipient());
      json.put("content", row.content());
      json.put("message_id", row.messageId());
      json.put("tries", row.attempts());
      json.put("note", row.note());
      rows.add(json);
    }
    try {
      return JSON.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not encode the outbox rows", e);
    }
  }
}
