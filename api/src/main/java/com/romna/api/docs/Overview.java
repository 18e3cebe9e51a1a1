package com.romna.api.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;

/** The document's introduction ({@code docs/overview.md}) followed by the problem-type table. */
final class Overview {

  private Overview() {}

  static String text(ProblemCatalog catalog) {
    return intro() + "\n\n## Problem types\n\n"
        + "| type | status | meaning | what the client should do |\n|---|---|---|---|\n"
        + catalog.all().stream()
            .map(t -> "| `" + t.type() + "` | " + t.status() + " | " + cell(t.meaning()) + " | "
                + cell(t.action()) + " |")
            .collect(Collectors.joining("\n"));
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  private static String intro() {
    try (InputStream in = new ClassPathResource("docs/overview.md").getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read docs/overview.md", e);
    }
  }
}
