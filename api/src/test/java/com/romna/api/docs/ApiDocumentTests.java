package com.romna.api.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.EngineTest;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The contract: /v3/api-docs is valid OpenAPI 3.1, describes every endpoint the code maps, and
 * every example it shows is what the running service answers.
 */
class ApiDocumentTests extends EngineTest {

  private static final ApiDocs docs = ApiDocs.load();
  private static final ProblemCatalog catalog = ProblemCatalog.load();

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  private RequestMappingHandlerMapping mappings;

  private JsonNode document() {
    var response = api.get("/v3/api-docs", null);
    assertThat(response.status()).isEqualTo(200);
    return response.body();
  }

  @Test
  void theDocumentIsValidOpenApi31() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(document().toString(), null, options);

    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI().getSpecVersion()).isEqualTo(SpecVersion.V31);
    assertThat(result.getOpenAPI().getComponents().getSecuritySchemes()).containsKeys("userToken", "serviceKey");
  }

  @Test
  void everyEndpointTheCodeMapsIsDocumentedAndNothingElse() {
    Set<String> mapped = new TreeSet<>();
    mappings.getHandlerMethods().forEach((info, handler) -> {
      if (ours(handler)) {
        mapped.addAll(keys(info));
      }
    });
    Set<String> inDocument = new TreeSet<>();
    document().get("paths").properties().forEach(path -> path.getValue().propertyNames()
        .forEach(method -> inDocument.add(ApiDocs.key(method, path.getKey()))));

    assertThat(inDocument).isEqualTo(mapped);
    assertThat(docs.operations().keySet())
        .as("describe each endpoint in api/src/main/resources/docs/api/<tag>.yml")
        .containsExactlyInAnyOrderElementsOf(mapped);
    docs.operations().forEach((key, doc) -> {
      assertThat(doc.id()).as(key + " id").isNotBlank();
      assertThat(doc.summary()).as(key + " summary").isNotBlank();
      assertThat(doc.responses()).as(key + " success responses").isNotEmpty();
    });
  }

  /** Springdoc's own endpoints and the servlet error page are not part of the API. */
  private static boolean ours(HandlerMethod handler) {
    Class<?> type = handler.getBeanType();
    return !type.getPackageName().startsWith("org.springdoc")
        && !ErrorController.class.isAssignableFrom(type)
        && !type.isAnnotationPresent(Hidden.class)
        && !handler.hasMethodAnnotation(Hidden.class);
  }

  private static Set<String> keys(RequestMappingInfo info) {
    Set<String> keys = new TreeSet<>();
    var methods = info.getMethodsCondition().getMethods();
    assertThat(methods).as(info + " names its HTTP methods").isNotEmpty();
    for (String path : info.getPatternValues()) {
      methods.forEach(m -> keys.add(ApiDocs.key(m.name(), path)));
    }
    return keys;
  }

  @Test
  void everyOperationShowsItsExamplesUnderTheStatusTheyAnswerWith() {
    JsonNode paths = document().get("paths");
    docs.operations().forEach((key, doc) -> {
      String path = key.substring(key.indexOf(' ') + 1);
      JsonNode operation = paths.get(path).get(key.substring(0, key.indexOf(' ')).toLowerCase());
      assertThat(doc.problems()).as(key + " lists problems of the catalog")
          .allSatisfy(slug -> assertThat(catalog.find(slug)).as(slug).isPresent());
      doc.examples().forEach((name, example) -> {
        JsonNode response = operation.get("responses").get(String.valueOf(example.status()));
        assertThat(response).as(key + " documents the " + example.status() + " of example " + name).isNotNull();
        if (example.response() != null) {
          assertThat(response.findValue("examples").has(name)).as(key + " shows example " + name).isTrue();
        }
        if (example.problem()) {
          String type = example.response().get("type").asString();
          ProblemType problem = catalog.find(type.substring(ProblemType.PREFIX.length())).orElseThrow(
              () -> new AssertionError(name + ": " + type + " is not in the catalog"));
          assertThat(problem.status()).as(name + " status").isEqualTo(example.status());
          assertThat(problem.title()).as(name + " title").isEqualTo(example.response().get("title").asString());
          assertThat(response.get("description").asString()).as(key + " lists " + type).contains(type);
        }
      });
    });
  }

  @Test
  void everySchemaAndEveryMemberIsDescribed() {
    JsonNode schemas = document().get("components").get("schemas");
    schemas.properties().forEach(schema -> {
      String name = schema.getKey();
      assertThat(schema.getValue().path("description").asString(""))
          .as("describe %s in api/src/main/resources/%s", name, SchemaDocs.RESOURCE).isNotBlank();
      schema.getValue().path("properties").properties().forEach(member ->
          assertThat(member.getValue().path("description").asString(""))
              .as("describe %s.%s in api/src/main/resources/%s", name, member.getKey(), SchemaDocs.RESOURCE)
              .isNotBlank());
    });
    SchemaDocs.load().entries().forEach((name, entry) -> {
      assertThat(schemas.has(name)).as("%s in %s is no schema of the API any more", name, SchemaDocs.RESOURCE).isTrue();
      assertThat(entry.properties().keySet()).as(name + " members")
          .allSatisfy(member -> assertThat(schemas.get(name).path("properties").has(member)).as(name + "." + member).isTrue());
    });
  }

  @Test
  void everyExampleFitsItsSchema() {
    JsonNode document = document();
    SchemaCheck check = new SchemaCheck(document);
    document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
      Stream.concat(Stream.of(op.getValue().path("requestBody")), op.getValue().path("responses").valueStream())
          .flatMap(r -> r.path("content").valueStream())
          .forEach(media -> media.path("examples").properties().forEach(example ->
              assertThat(check.violations(media.get("schema"), example.getValue().get("value")))
                  .as(op.getKey() + " " + path.getKey() + " example " + example.getKey())
                  .isEmpty()));
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentedExampleGetsTheDocumentedAnswer() {
    Map<String, ExampleReplay.Located> examples = ExampleReplay.index(docs);
    return examples.values().stream().map(e -> DynamicTest.dynamicTest(
        e.operation() + " " + e.name(), () -> new ExampleReplay(api, examples).run(e.name())));
  }
}
