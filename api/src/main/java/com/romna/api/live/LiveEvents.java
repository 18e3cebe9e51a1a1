package com.romna.api.live;

import com.romna.api.ApiRole;
import com.romna.api.plans.DeliveryRecord;
import com.romna.api.plans.Plan;
import com.romna.api.plans.PlanStore;
import com.romna.api.plans.PlanView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Turns database changes into the events a page receives: {@code delivery} (a delivery row as
 * {@code GET /api/plans/{id}} shows it, with its plan), {@code plan} (a plan's new status), {@code
 * ready} (stream open) and {@code resync} (reload, notices may have been lost). Reads happen only
 * for users with a page open, on that user's lane. Event ids are the server's clock in epoch
 * milliseconds: a page that reconnects with {@code Last-Event-ID} gets the deliveries it missed.
 */
@ApiRole
@Component
class LiveEvents {

  // Rows are stamped before they commit, and the worker's clock may differ a little from ours.
  private static final Duration REPLAY_OVERLAP = Duration.ofMinutes(1);
  private static final Duration REPLAY_HORIZON = Duration.ofHours(1);
  private static final int REPLAY_LIMIT = 100;

  private final LiveStreams streams;
  private final PlanStore store;
  private final JdbcClient jdbc;
  private final Clock clock;

  LiveEvents(LiveStreams streams, PlanStore store, JdbcClient jdbc, Clock clock) {
    this.streams = streams;
    this.store = store;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void changed(Change change) {
    String user = change.userId();
    if (user == null || change.planId() == null || !streams.anyOpen(user)) {
      return;
    }
    streams.onLane(user, () -> publish(user, change));
  }

  void resync() {
    streams.sendToAll(() -> event("resync", Map.of()));
  }

  /** Opens a stream; with {@code lastEventId}, first sends the deliveries made since then. */
  SseEmitter open(String user, String lastEventId) {
    SseEmitter emitter = streams.open(user);
    Instant since = since(lastEventId);
    streams.onLane(user, () -> {
      streams.send(emitter, event("ready", Map.of("replayedSince", since == null ? "" : since.toString())));
      if (since != null) {
        replay(user, since).forEach(data -> streams.send(emitter, event("delivery", data)));
      }
    });
    return emitter;
  }

  private void publish(String user, Change change) {
    Plan plan = store.find(change.planId(), user).orElse(null);
    if (plan == null) {
      return;
    }
    if (change.isDelivery()) {
      store.deliveries(plan).stream()
          .filter(d -> d.id().equals(change.deliveryId()))
          .findFirst()
          .ifPresent(d -> streams.send(user, () -> event("delivery", delivery(plan, d, false))));
    } else {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("status", change.status());
      data.put("plan", PlanView.of(plan, null, null));
      streams.send(user, () -> event("plan", data));
    }
  }

  private List<Map<String, Object>> replay(String user, Instant since) {
    List<Map<String, Object>> rows =
        jdbc.sql(
                "SELECT id, plan_id FROM deliveries WHERE user_id = :user AND updated_at > :since"
                    + " ORDER BY updated_at, id LIMIT :limit")
            .param("user", user)
            .param("since", since.atOffset(ZoneOffset.UTC))
            .param("limit", REPLAY_LIMIT)
            .query()
            .listOfRows();
    Map<UUID, Plan> plans = new LinkedHashMap<>();
    return rows.stream()
        .flatMap(row -> {
          UUID planId = (UUID) row.get("plan_id");
          Plan plan = plans.computeIfAbsent(planId, id -> store.find(id, user).orElse(null));
          if (plan == null) {
            return java.util.stream.Stream.<Map<String, Object>>empty();
          }
          return store.deliveries(plan).stream()
              .filter(d -> d.id().equals(row.get("id")))
              .map(d -> delivery(plan, d, true));
        })
        .toList();
  }

  private Instant since(String lastEventId) {
    if (lastEventId == null || lastEventId.isBlank()) {
      return null;
    }
    long millis;
    try {
      millis = Long.parseLong(lastEventId.strip());
    } catch (NumberFormatException e) {
      return null;
    }
    Instant now = clock.instant();
    Instant since = Instant.ofEpochMilli(millis).minus(REPLAY_OVERLAP);
    Instant horizon = now.minus(REPLAY_HORIZON);
    return since.isBefore(horizon) ? horizon : since;
  }

  private static Map<String, Object> delivery(Plan plan, DeliveryRecord delivery, boolean replayed) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("plan", PlanView.of(plan, null, null));
    data.put("delivery", delivery);
    data.put("replayed", replayed);
    return data;
  }

  private SseEmitter.SseEventBuilder event(String name, Object data) {
    return SseEmitter.event()
        .id(Long.toString(clock.millis()))
        .name(name)
        .data(data, MediaType.APPLICATION_JSON);
  }
}
