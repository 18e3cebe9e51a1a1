package com.romna.api.docs;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The problem answers of one operation: one response per status, listing its problem types. */
final class ProblemResponses {

  static final String PROBLEM_JSON = "application/problem+json";
  static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

  private final ProblemCatalog catalog;

  ProblemResponses(ProblemCatalog catalog) {
    this.catalog = catalog;
  }

  /** Slugs the catalog does not know are left out here; ApiDocumentTests names them. */
  void add(ApiResponses responses, List<String> slugs, OperationDoc doc) {
    Map<Integer, List<ProblemType>> byStatus =
        new LinkedHashSet<>(slugs).stream()
            .flatMap(slug -> catalog.find(slug).stream())
            .collect(Collectors.groupingBy(ProblemType::status, TreeMap::new, Collectors.toList()));
    byStatus.forEach((status, types) -> {
      MediaType media = new MediaType().schema(new Schema<>().$ref(PROBLEM_SCHEMA));
      OperationWriter.examplesWith(doc, status)
          .forEach(e -> media.addExamples(
              e.getKey(), OperationWriter.example(e.getValue(), DocsYaml.plain(e.getValue().response()))));
      responses.addApiResponse(
          String.valueOf(status),
          new ApiResponse()
              .description(description(types))
              .content(new Content().addMediaType(PROBLEM_JSON, media)));
    });
  }

  private static String description(List<ProblemType> types) {
    return types.stream()
        .map(t -> "- `" + t.type() + "`: " + t.meaning())
        .collect(Collectors.joining("\n", "A problem (RFC 9457), one of:\n\n", ""));
  }
}
