package com.romna.bench.memory;

import com.romna.bench.Options;
import com.romna.bench.Report;
import com.romna.bench.Transcripts;
import com.romna.bench.load.Load;
import com.romna.bench.service.LocalService;
import com.romna.bench.service.Prometheus;
import com.romna.bench.service.ServiceApi;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Resident memory of the whole local default (one JVM: API, worker and Temporal's in-process
 * server) holding S sleeping plans. PostgreSQL runs in processes of its own and is not counted.
 */
public final class MemorySection {

  static final long TARGET_BYTES = 1L << 30;
  private static final long SETTLE_MILLIS = 15_000;

  private MemorySection() {}

  public static void run(LocalService service, Options options, Report report) throws Exception {
    ServiceApi api = new ServiceApi(service);
    Thread.sleep(SETTLE_MILLIS);
    long idle = service.residentBytes();
    List<String> transcripts = Transcripts.requests();
    String run = UUID.randomUUID().toString().substring(0, 8);
    int sleepers = options.sleepers();
    report.progress("memory: %,d plans through decide with %d clients (idle RSS %s)", sleepers,
        options.clients(), Report.mebibytes(idle));
    Load.Result made = Load.run(options.clients(), sleepers, i ->
        api.decide("sleeper-" + run + "-" + i, transcripts.get(i % transcripts.size()), Transcripts.ZONE));
    if (made.errors() > 0) {
      throw new IllegalStateException(made.errors() + " plans failed, first: " + made.firstError());
    }
    Thread.sleep(SETTLE_MILLIS);
    long rss = service.residentBytes();
    String n = String.format(Locale.ROOT, "%,d", sleepers);
    report.row("memory", "RSS holding " + n + " sleeping plans (one JVM; PostgreSQL excluded)",
        Report.mebibytes(rss), "idle, no plans: " + Report.mebibytes(idle), "",
        "< 1 GiB: " + Report.met(rss < TARGET_BYTES));
    service.fullGc();
    Thread.sleep(2000);
    String metrics = api.prometheus();
    if (metrics != null) {
      double heapUsed = Prometheus.sum(metrics, "jvm_memory_used_bytes", Map.of("area", "heap"));
      double heapCommitted = Prometheus.sum(metrics, "jvm_memory_committed_bytes", Map.of("area", "heap"));
      double nonHeap = Prometheus.sum(metrics, "jvm_memory_committed_bytes", Map.of("area", "nonheap"));
      report.row("memory", "after a full GC: RSS · heap live · heap committed · non-heap committed",
          Report.mebibytes(service.residentBytes()) + " · " + Report.mebibytes((long) heapUsed) + " · "
              + Report.mebibytes((long) heapCommitted) + " · " + Report.mebibytes((long) nonHeap), "", "", "");
    }
  }
}
