package com.romna.api.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The hand-written part of the API documentation, one {@code docs/api/<tag>.yml} per group of
 * endpoints: summaries, descriptions, the problems each operation may answer with, and examples
 * that the contract test replays against the running service.
 */
final class ApiDocs {

  static final String RESOURCES = "classpath*:docs/api/*.yml";

  /** One file: a tag and its operations, keyed like {@code "POST /api/plans/{id}/approve"}. */
  record Group(String tag, int order, String description, Map<String, OperationDoc> operations) {}

  private final List<Group> groups;

  private ApiDocs(List<Group> groups) {
    this.groups = groups;
  }

  static ApiDocs load() {
    try {
      Resource[] files = new PathMatchingResourcePatternResolver().getResources(RESOURCES);
      return new ApiDocs(
          Arrays.stream(files)
              .map(file -> DocsYaml.read(file, Group.class))
              .sorted(Comparator.comparingInt(Group::order))
              .toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + RESOURCES, e);
    }
  }

  List<Group> groups() {
    return groups;
  }

  Optional<Group> groupOf(String operation) {
    return groups.stream().filter(g -> g.operations().containsKey(operation)).findFirst();
  }

  Optional<OperationDoc> operation(String operation) {
    return groupOf(operation).map(g -> g.operations().get(operation));
  }

  /** Every operation by key, in the order of the files. */
  Map<String, OperationDoc> operations() {
    Map<String, OperationDoc> all = new LinkedHashMap<>();
    groups.forEach(g -> all.putAll(g.operations()));
    return all;
  }

  static String key(String method, String path) {
    return method.toUpperCase(java.util.Locale.ROOT) + " " + path;
  }
}
