package com.romna.bench.load;

import java.util.Arrays;

/** Sorted samples (milliseconds or seconds, as the caller chose) and their nearest-rank percentiles. */
public final class Latencies {

  private final double[] sorted;

  public Latencies(double[] samples) {
    this.sorted = samples.clone();
    Arrays.sort(this.sorted);
  }

  public int count() {
    return sorted.length;
  }

  /** Nearest rank: the smallest sample with at least {@code q} of all samples at or below it. */
  public double percentile(double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  public double p50() {
    return percentile(0.50);
  }

  public double p99() {
    return percentile(0.99);
  }

  public double min() {
    return sorted.length == 0 ? Double.NaN : sorted[0];
  }

  public double max() {
    return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
  }
}
