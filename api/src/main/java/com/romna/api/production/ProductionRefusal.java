package com.romna.api.production;

import java.util.List;

/** Why {@code ROMNA_PROFILE=production} did not start: one line per problem. */
public class ProductionRefusal extends RuntimeException {

  private final List<String> problems;

  ProductionRefusal(List<String> problems) {
    super("ROMNA_PROFILE=production refuses to start:" + String.join("", problems.stream()
        .map(p -> System.lineSeparator() + "- " + p).toList()));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
