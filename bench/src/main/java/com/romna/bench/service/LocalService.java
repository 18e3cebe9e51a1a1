package com.romna.bench.service;

import com.romna.bench.Options;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The one place that knows how the service runs for a measurement: the application jar built for
 * production ({@code api/target/romna.jar}, repackaged by Spring Boot), started with {@code java
 * -jar} and the production image's JVM flags (full JIT), on the local default: embedded PostgreSQL
 * and Temporal's test server in-process, on the harness's ports, with a fresh data directory. If the
 * local-default wiring moves (a module or profile of its own), this class and the build command in
 * BENCHMARKS.md are what change.
 */
public final class LocalService implements AutoCloseable {

  /** The production image's flags (Dockerfile ENTRYPOINT). */
  public static final List<String> PRODUCTION_JVM_FLAGS = List.of("-XX:MaxRAMPercentage=75");

  private static final Duration READY_WITHIN = Duration.ofMinutes(5);

  private final Process process;
  private final Path dataDir;
  private final Path log;
  private final URI base;
  private final String serviceKey;
  private final int temporalPort;

  private LocalService(Process process, Path dataDir, Path log, URI base, String serviceKey, int temporalPort) {
    this.process = process;
    this.dataDir = dataDir;
    this.log = log;
    this.base = base;
    this.serviceKey = serviceKey;
    this.temporalPort = temporalPort;
  }

  /** Starts a fresh service and waits until it is ready; {@code label} names its log (and JFR) file. */
  public static LocalService start(Options options, String label) throws IOException, InterruptedException {
    if (!Files.isRegularFile(options.jar())) {
      throw new IllegalStateException(options.jar() + " is missing: build it with the command in BENCHMARKS.md");
    }
    for (int port : new int[] {options.port(), options.temporalPort()}) {
      if (Processes.answers(port)) {
        throw new IllegalStateException("port " + port + " is taken: the benchmark must start its own"
            + " service and in-process Temporal there (choose others with --port / --temporal-port)");
      }
    }
    Path dataDir = options.dataDir();
    Processes.deleteRecursively(dataDir);
    Files.createDirectories(dataDir);
    Path logs = options.dataDir().resolveSibling("logs");
    Files.createDirectories(logs);
    Path log = logs.resolve("service-" + label + ".log");
    byte[] key = new byte[24];
    new SecureRandom().nextBytes(key);
    String serviceKey = HexFormat.of().formatHex(key);

    List<String> command = new ArrayList<>();
    command.add(Processes.java());
    command.addAll(PRODUCTION_JVM_FLAGS);
    if (options.jfr()) {
      command.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
          + logs.resolve("service-" + label + ".jfr"));
      Files.deleteIfExists(logs.resolve("service-" + label + ".jfr"));
    }
    command.addAll(options.jvmArgs());
    command.addAll(List.of("-jar", options.jar().toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).directory(dataDir.toFile());
    Map<String, String> env = builder.environment();
    // Whatever this shell points at, the measurement runs on the local default with the local outbox.
    env.keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("TEMPORAL_") || k.startsWith("ROMNA_")
        || k.startsWith("RESEND_") || k.startsWith("TWILIO_") || k.equals("GOOGLE_APPLICATION_CREDENTIALS"));
    env.put("SERVER_PORT", String.valueOf(options.port()));
    env.put("TEMPORAL_ADDRESS", "localhost:" + options.temporalPort());
    env.put("ROMNA_DATA_DIR", dataDir.toString());
    env.put("ROMNA_AUTH_SERVICE_KEY", serviceKey);
    LocalService service = new LocalService(builder.start(), dataDir, log,
        URI.create("http://localhost:" + options.port()), serviceKey, options.temporalPort());
    Processes.onExit(service);
    try {
      service.awaitReady();
    } catch (IOException | InterruptedException | RuntimeException e) {
      service.close();
      throw e;
    }
    return service;
  }

  public URI base() {
    return base;
  }

  /** The trusted-backend key the service was started with (requests then name the user). */
  public String serviceKey() {
    return serviceKey;
  }

  public String temporalTarget() {
    return "localhost:" + temporalPort;
  }

  public long pid() {
    return process.pid();
  }

  public Path log() {
    return log;
  }

  /** Where JFR dumps the service's recording when it stops (with --jfr). */
  public Path recording() {
    return log.resolveSibling(log.getFileName().toString().replace(".log", ".jfr"));
  }

  /** The embedded PostgreSQL's JDBC URL: its port is the fourth line of postmaster.pid. */
  public String jdbcUrl() throws IOException {
    List<String> lines = Files.readAllLines(postmasterPid());
    return "jdbc:postgresql://localhost:" + lines.get(3).strip() + "/postgres?user=postgres";
  }

  /** Resident memory of the service's JVM (API, worker and Temporal server; not PostgreSQL). */
  public long residentBytes() throws IOException {
    return Processes.statusKilobytes(process.pid(), "VmRSS") * 1024;
  }

  /** Asks the service's JVM for a full collection, to tell live data from heap slack. */
  public void fullGc() throws IOException, InterruptedException {
    Processes.fullGc(process.pid());
  }

  private Path postmasterPid() {
    return dataDir.resolve("postgres").resolve("postmaster.pid");
  }

  private void awaitReady() throws InterruptedException, IOException {
    long deadline = System.nanoTime() + READY_WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + log);
      }
      if (Http.status(base.resolve("/actuator/health/readiness")) == 200 && Files.exists(postmasterPid())) {
        return;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the service was not ready within " + READY_WITHIN + "; see " + log);
  }

  /** Stops the service (gracefully, so JFR is dumped), then its PostgreSQL if it outlived it. */
  @Override
  public void close() {
    Optional<Long> postgres = Processes.postmaster(postmasterPid());
    process.destroy();
    try {
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    postgres.ifPresent(Processes::stop);
    Processes.forget(this);
  }
}
