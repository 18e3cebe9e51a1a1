package com.romna.api.docs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Lays the hand-written documentation ({@link ApiDocs}, {@link ProblemCatalog}) over the document
 * springdoc derives from the controllers: an endpoint added in code appears at once, and the
 * contract test asks for its documentation here.
 */
final class ApiDocsCustomizer implements OpenApiCustomizer {

  private final ApiDocs docs;
  private final ProblemCatalog catalog;
  private final SchemaDocs schemas;
  private final OperationWriter writer;

  ApiDocsCustomizer(ApiDocs docs, ProblemCatalog catalog, SchemaDocs schemas) {
    this.docs = docs;
    this.catalog = catalog;
    this.schemas = schemas;
    this.writer = new OperationWriter(new ProblemResponses(catalog));
  }

  @Override
  public void customise(OpenAPI openApi) {
    Components.add(openApi, catalog);
    schemas.describe(openApi);
    openApi.security(List.of(
        new SecurityRequirement().addList(Components.USER_TOKEN),
        new SecurityRequirement().addList(Components.SERVICE_KEY)));
    openApi.tags(docs.groups().stream()
        .map(g -> new Tag().name(g.tag()).description(g.description()))
        .toList());
    if (openApi.getPaths() == null) {
      return;
    }
    openApi.getPaths().forEach((path, item) -> operations(path, item));
  }

  private void operations(String path, PathItem item) {
    for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> entry :
        item.readOperationsMap().entrySet()) {
      String key = ApiDocs.key(entry.getKey().name(), path);
      docs.groupOf(key).ifPresent(g -> writer.write(entry.getValue(), g.tag(), g.operations().get(key)));
    }
  }
}
