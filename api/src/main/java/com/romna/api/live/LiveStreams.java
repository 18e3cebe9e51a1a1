package com.romna.api.live;

import com.romna.api.ApiRole;
import java.io.IOException;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open pages (Server-Sent Event streams) of each user on this process. Work for one user runs
 * on one of a few single-thread lanes, so a user's events arrive in order and a slow page delays
 * only the users sharing its lane, never the database listener.
 */
@ApiRole
@Component
class LiveStreams {

  /** A user with more pages open than this loses the oldest stream (it reconnects if still open). */
  static final int MAX_PER_USER = 5;
  // Streams end now and then so a page re-authenticates; it reconnects at once and misses nothing.
  private static final Duration STREAM_LIFETIME = Duration.ofMinutes(15);
  private static final Duration HEARTBEAT = Duration.ofSeconds(20);
  private static final int LANES = 4;

  private final Map<String, Deque<SseEmitter>> byUser = new ConcurrentHashMap<>();
  private final List<ExecutorService> lanes =
      IntStream.range(0, LANES).mapToObj(i -> Executors.newSingleThreadExecutor(daemon("romna-live-" + i))).toList();
  private final ScheduledExecutorService heartbeat =
      Executors.newSingleThreadScheduledExecutor(daemon("romna-live-heartbeat"));

  LiveStreams() {
    heartbeat.scheduleWithFixedDelay(
        this::beat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
  }

  SseEmitter open(String userId) {
    SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
    Deque<SseEmitter> streams = byUser.computeIfAbsent(userId, u -> new ConcurrentLinkedDeque<>());
    streams.addLast(emitter);
    Runnable forget = () -> forget(userId, emitter);
    emitter.onCompletion(forget);
    emitter.onTimeout(emitter::complete);
    emitter.onError(e -> forget.run());
    while (streams.size() > MAX_PER_USER) {
      SseEmitter oldest = streams.pollFirst();
      if (oldest != null) {
        oldest.complete();
      }
    }
    return emitter;
  }

  boolean anyOpen(String userId) {
    Deque<SseEmitter> streams = byUser.get(userId);
    return streams != null && !streams.isEmpty();
  }

  int openStreams() {
    return byUser.values().stream().mapToInt(Deque::size).sum();
  }

  /** Runs {@code work} on the user's lane, after whatever is already queued for that user. */
  void onLane(String userId, Runnable work) {
    try {
      lanes.get(Math.floorMod(userId.hashCode(), LANES)).execute(work);
    } catch (RejectedExecutionException e) {
      // shutting down: the pages reconnect to the next process
    }
  }

  /** Sends to every stream of the user; call it on the user's lane. */
  void send(String userId, Supplier<SseEmitter.SseEventBuilder> event) {
    Deque<SseEmitter> streams = byUser.get(userId);
    if (streams != null) {
      streams.forEach(emitter -> send(emitter, event.get()));
    }
  }

  void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
    try {
      emitter.send(event);
    } catch (IOException | IllegalStateException e) {
      // The page went away; completing it runs forget().
      emitter.completeWithError(e);
    }
  }

  /** Every user's streams, e.g. to ask all pages to reload after notices may have been lost. */
  void sendToAll(Supplier<SseEmitter.SseEventBuilder> event) {
    byUser.keySet().forEach(user -> onLane(user, () -> send(user, event)));
  }

  private void beat() {
    sendToAll(() -> SseEmitter.event().comment("keep-alive"));
  }

  private void forget(String userId, SseEmitter emitter) {
    byUser.computeIfPresent(userId, (u, streams) -> {
      streams.remove(emitter);
      return streams.isEmpty() ? null : streams;
    });
  }

  /**
   * Ends every stream before the web server's graceful shutdown, which would otherwise wait for
   * them; the pages reconnect to the restarted service and replay what they missed.
   */
  @EventListener(ContextClosedEvent.class)
  void closeAll() {
    heartbeat.shutdownNow();
    byUser.values().forEach(streams -> streams.forEach(SseEmitter::complete));
    lanes.forEach(ExecutorService::shutdown);
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
