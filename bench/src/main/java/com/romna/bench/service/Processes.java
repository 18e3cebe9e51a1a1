package com.romna.bench.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Operating-system chores of the harness: the processes it started and nothing else. */
final class Processes {

  private static final Set<LocalService> RUNNING = ConcurrentHashMap.newKeySet();

  static {
    // Ctrl-C or a failed section must not leave a service (or its PostgreSQL) behind.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> List.copyOf(RUNNING).forEach(LocalService::close),
        "bench-cleanup"));
  }

  private Processes() {}

  static void onExit(LocalService service) {
    RUNNING.add(service);
  }

  static void forget(LocalService service) {
    RUNNING.remove(service);
  }

  /** The java launcher running this harness, so the service runs on the same JDK. */
  static String java() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  static boolean answers(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("localhost", port), 300);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** A full collection in the JVM {@code pid}, by the JDK's own jcmd. */
  static void fullGc(long pid) throws IOException, InterruptedException {
    Path jcmd = Path.of(java()).resolveSibling("jcmd");
    Process gc = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.run")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!gc.waitFor(60, TimeUnit.SECONDS) || gc.exitValue() != 0) {
      throw new IOException("jcmd GC.run failed for process " + pid);
    }
  }

  static long statusKilobytes(long pid, String field) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
      if (line.startsWith(field + ":")) {
        return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").strip());
      }
    }
    throw new IOException(field + " not found for process " + pid);
  }

  /** The postmaster's process id: the first line of postmaster.pid, while PostgreSQL runs. */
  static Optional<Long> postmaster(Path pidFile) {
    try {
      return Optional.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Stops the PostgreSQL the service started, if it outlived the service (e.g. killed hard). */
  static void stop(long postmasterPid) {
    ProcessHandle.of(postmasterPid)
        .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
        .ifPresent(p -> {
          p.destroy();
          try {
            p.onExit().get(30, TimeUnit.SECONDS);
          } catch (Exception e) {
            p.destroyForcibly();
          }
        });
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
