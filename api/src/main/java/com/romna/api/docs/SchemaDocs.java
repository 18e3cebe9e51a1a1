package com.romna.api.docs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;

/**
 * What each request and response record means ({@code docs/schemas.yml}), laid over the schemas
 * springdoc derives from the records themselves.
 */
final class SchemaDocs {

  static final String RESOURCE = "docs/schemas.yml";

  /** @param required members a request must carry, or an answer always carries */
  record Entry(String description, List<String> required, Map<String, String> properties) {
    Entry {
      required = required == null ? List.of() : required;
      properties = properties == null ? Map.of() : properties;
    }
  }

  private static final class Entries extends LinkedHashMap<String, Entry> {}

  private final Map<String, Entry> entries;

  private SchemaDocs(Map<String, Entry> entries) {
    this.entries = entries;
  }

  static SchemaDocs load() {
    return new SchemaDocs(DocsYaml.read(new ClassPathResource(RESOURCE), Entries.class));
  }

  Map<String, Entry> entries() {
    return entries;
  }

  void describe(OpenAPI openApi) {
    if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
      return;
    }
    openApi.getComponents().getSchemas().forEach((name, schema) -> {
      Entry entry = entries.get(name);
      if (entry == null) {
        return; // ApiDocumentTests names it
      }
      schema.description(entry.description());
      if (!entry.required().isEmpty()) {
        schema.required(entry.required());
      }
      Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
      properties.forEach((property, s) -> s.description(entry.properties().get(property)));
    });
  }
}
