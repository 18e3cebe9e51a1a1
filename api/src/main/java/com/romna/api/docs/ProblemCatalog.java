package com.romna.api.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;

/**
 * Every problem type the API answers with, from {@code docs/problem-types.yml}: the documentation
 * renders it, and ProblemCatalogTests holds the code to it.
 */
final class ProblemCatalog {

  static final String RESOURCE = "docs/problem-types.yml";

  private record Entry(int status, String title, String meaning, String action) {}

  private static final class Entries extends LinkedHashMap<String, Entry> {}

  private final Map<String, ProblemType> types = new LinkedHashMap<>();

  private ProblemCatalog(Map<String, Entry> entries) {
    entries.forEach(
        (slug, e) -> types.put(slug, new ProblemType(slug, e.status(), e.title(), e.meaning(), e.action())));
  }

  static ProblemCatalog load() {
    return new ProblemCatalog(DocsYaml.read(new ClassPathResource(RESOURCE), Entries.class));
  }

  List<ProblemType> all() {
    return new ArrayList<>(types.values());
  }

  Optional<ProblemType> find(String slug) {
    return Optional.ofNullable(types.get(slug));
  }
}
