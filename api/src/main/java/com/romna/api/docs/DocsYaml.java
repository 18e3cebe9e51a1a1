package com.romna.api.docs;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.Resource;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads the documentation resources strictly: a duplicate key or an unknown field is an error. */
final class DocsYaml {

  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private DocsYaml() {}

  static <T> T read(Resource resource, Class<T> type) {
    try (InputStream in = resource.getInputStream()) {
      return YAML.readValue(in, type);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("cannot read " + resource.getDescription() + ": " + e.getMessage(), e);
    }
  }

  /** Plain maps, lists and scalars, which swagger's own serializer writes as they are. */
  static Object plain(JsonNode node) {
    return node == null || node.isMissingNode() ? null : YAML.treeToValue(node, Object.class);
  }
}
