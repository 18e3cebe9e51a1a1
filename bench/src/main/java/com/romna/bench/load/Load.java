package com.romna.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed loop: {@code clients} threads each send their next request as soon as the previous one
 * answered, until {@code total} requests were sent. Throughput is requests over wall time.
 */
public final class Load {

  /** One request; returns normally when it succeeded, throws to count it as an error. */
  @FunctionalInterface
  public interface Request {
    void send(int index) throws Exception;
  }

  /** What a run measured: latencies in milliseconds of successful requests. */
  public record Result(int total, int errors, String firstError, double seconds, Latencies millis) {

    public double perSecond() {
      return (total - errors) / seconds;
    }
  }

  private Load() {}

  public static Result run(int clients, int total, Request request) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicReference<String> firstError = new AtomicReference<>();
    double[] millis = new double[total];
    boolean[] ok = new boolean[total];
    List<Thread> threads = new ArrayList<>();
    long began = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      Thread thread = new Thread(() -> {
        for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
          long start = System.nanoTime();
          try {
            request.send(i);
            millis[i] = (System.nanoTime() - start) / 1e6;
            ok[i] = true;
          } catch (Exception e) {
            errors.incrementAndGet();
            firstError.compareAndSet(null, String.valueOf(e.getMessage()));
          }
        }
      }, "bench-client-" + c);
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    double[] succeeded = new double[total - errors.get()];
    for (int i = 0, n = 0; i < total; i++) {
      if (ok[i]) {
        succeeded[n++] = millis[i];
      }
    }
    return new Result(total, errors.get(), firstError.get(), seconds, new Latencies(succeeded));
  }
}
