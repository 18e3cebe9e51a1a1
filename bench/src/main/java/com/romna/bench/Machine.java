package com.romna.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the figures were taken on, read from the machine itself. */
final class Machine {

  private Machine() {}

  static String describe() {
    return String.format(Locale.ROOT, "%d cores (%s), %s RAM, %s %s (%s), %s %s, load average %s",
        Runtime.getRuntime().availableProcessors(), cpuModel(), memory(),
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
        System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.version"),
        loadAverage());
  }

  static String loadAverage() {
    return read("/proc/loadavg").map(l -> String.join(" ", java.util.Arrays.copyOf(l.split(" "), 3)))
        .orElse("unknown");
  }

  private static String cpuModel() {
    return read("/proc/cpuinfo").flatMap(text -> text.lines().filter(l -> l.startsWith("model name"))
        .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst()).orElse("unknown CPU");
  }

  private static String memory() {
    return read("/proc/meminfo").flatMap(text -> text.lines().filter(l -> l.startsWith("MemTotal:")).findFirst())
        .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / (1024.0 * 1024.0))
        .map(gib -> String.format(Locale.ROOT, "%.1f GiB", gib)).orElse("unknown");
  }

  private static java.util.Optional<String> read(String file) {
    try {
      return java.util.Optional.of(Files.readString(Path.of(file)).strip());
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }
}
