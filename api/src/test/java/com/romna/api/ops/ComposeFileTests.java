package com.romna.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.production.ProductionChecks;
import com.romna.api.production.ProductionRefusal;
import com.romna.workflows.PlanSearchAttributes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;
import org.yaml.snakeyaml.Yaml;

/**
 * Docker cannot run here, so the compose file is checked against the application instead: the
 * services and their order, pinned images, the roles, and that every variable it sets is one the
 * service reads.
 */
class ComposeFileTests {

  private static final Path ROOT = Path.of("..");

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> services() throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
    return (Map<String, Map<String, Object>>) compose.get("services");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> environment(Map<String, Object> service) {
    return (Map<String, Object>) service.get("environment");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, String>> dependsOn(Map<String, Object> service) {
    return (Map<String, Map<String, String>>) service.get("depends_on");
  }

  @Test
  void runsPostgresTemporalItsJobsTheWebUiAndTheServiceAsApiAndWorker() throws IOException {
    assertThat(services().keySet())
        .containsExactlyInAnyOrder(
            "postgresql", "temporal-schema", "temporal", "temporal-namespace", "temporal-ui", "api", "worker");
  }

  @Test
  void everyImageIsPinnedToAVersion() throws IOException {
    services().forEach((name, service) -> {
      String image = (String) service.get("image");
      assertThat(image).as(name).matches("[a-z0-9./-]+:[0-9][0-9A-Za-z._-]*");
    });
    assertThat(services().get("temporal").get("image")).asString().startsWith("temporalio/server:");
    assertThat(services().get("temporal-schema").get("image")).asString().startsWith("temporalio/admin-tools:");
    assertThat(services().values()).noneMatch(s -> String.valueOf(s.get("image")).contains("auto-setup"));
  }

  @Test
  void comesUpInOrderBehindHealthChecks() throws IOException {
    var services = services();
    assertThat(dependsOn(services.get("temporal-schema")).get("postgresql"))
        .containsEntry("condition", "service_healthy");
    assertThat(dependsOn(services.get("temporal")).get("temporal-schema"))
        .containsEntry("condition", "service_completed_successfully");
    assertThat(dependsOn(services.get("temporal-namespace")).get("temporal"))
        .containsEntry("condition", "service_healthy");
    for (String role : List.of("api", "worker")) {
      assertThat(dependsOn(services.get(role)).get("postgresql")).containsEntry("condition", "service_healthy");
      assertThat(dependsOn(services.get(role)).get("temporal-namespace"))
          .containsEntry("condition", "service_completed_successfully");
      assertThat(services.get(role)).containsKey("healthcheck");
    }
    assertThat(services.get("postgresql")).containsKey("healthcheck");
    assertThat(services.get("temporal")).containsKey("healthcheck");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theWebUiIsOnHostPort8233AndTheApiOn8080() throws IOException {
    assertThat((List<Object>) services().get("temporal-ui").get("ports")).containsExactly("8233:8080");
    assertThat(environment(services().get("temporal-ui"))).containsEntry("TEMPORAL_ADDRESS", "temporal:7233");
    assertThat((List<Object>) services().get("api").get("ports")).containsExactly("8080:8080");
    assertThat(services().get("worker")).doesNotContainKey("ports");
  }

  @Test
  void apiAndWorkerAreOneImageInTwoRolesPointedAtTheComposeServices() throws IOException {
    Map<String, Object> api = services().get("api");
    Map<String, Object> worker = services().get("worker");
    assertThat(api.get("image")).isEqualTo(worker.get("image"));
    assertThat(api).containsKey("build");
    assertThat(Files.exists(ROOT.resolve("Dockerfile"))).isTrue();
    assertThat(environment(api)).containsEntry("ROMNA_ROLE", "api");
    assertThat(environment(worker)).containsEntry("ROMNA_ROLE", "worker");
    for (Map<String, Object> role : List.of(api, worker)) {
      Map<String, Object> env = environment(role);
      assertThat(env).containsEntry("TEMPORAL_ADDRESS", "temporal:7233");
      assertThat(String.valueOf(env.get("SPRING_DATASOURCE_URL"))).startsWith("jdbc:postgresql://postgresql:5432/romna");
    }
  }

  @Test
  void apiAndWorkerRunTheProductionProfileWhichRefusesComposesPlaceholderSecret() throws IOException {
    for (String role : List.of("api", "worker")) {
      Map<String, Object> env = environment(services().get(role));
      assertThat(env).as(role).containsEntry("ROMNA_PROFILE", ProductionChecks.PROFILE);
      // Compose's default is a reminder to set one's own: the production profile refuses it.
      assertThat(String.valueOf(env.get("ROMNA_AUTH_JWT_SECRET")))
          .isEqualTo("${ROMNA_AUTH_JWT_SECRET:-" + ProductionChecks.COMPOSE_PLACEHOLDER + "}");
      assertThat(String.valueOf(env.get("ROMNA_LOCAL_OUTBOX"))).isEqualTo("${ROMNA_LOCAL_OUTBOX:-false}");
    }
  }

  @Test
  void apiAndWorkerStartUnderTheProductionProfileOnceTheOperatorSetsASecretAndRefuseBefore()
      throws IOException {
    Map<String, String> operator = Map.of("ROMNA_AUTH_JWT_SECRET", OPERATORS_SECRET, "ROMNA_LOCAL_OUTBOX", "true");
    for (String role : List.of("api", "worker")) {
      assertThat(productionStart(resolved(services().get(role), operator))).as(role).isEmpty();
    }
    assertThat(productionStart(resolved(services().get("api"), Map.of("ROMNA_LOCAL_OUTBOX", "true"))))
        .singleElement().asString().startsWith("ROMNA_AUTH_JWT_SECRET is still docker-compose's placeholder");
    assertThat(productionStart(resolved(services().get("worker"), Map.of("ROMNA_AUTH_JWT_SECRET", OPERATORS_SECRET))))
        .hasSize(3).allMatch(line -> line.endsWith("to keep this channel in the local outbox on purpose"));
  }

  private static final String OPERATORS_SECRET = "an-operators-own-secret-of-at-least-32-bytes";

  /** The service's environment as compose resolves its ${NAME:-default} values, given what the operator set. */
  private static Map<String, String> resolved(Map<String, Object> service, Map<String, String> operator) {
    Pattern variable = Pattern.compile("\\$\\{([A-Z0-9_]+):-([^}]*)}");
    Map<String, String> out = new java.util.LinkedHashMap<>();
    environment(service).forEach((name, value) -> {
      Matcher m = variable.matcher(String.valueOf(value));
      out.put(name, m.matches() ? operator.getOrDefault(m.group(1), m.group(2)) : String.valueOf(value));
    });
    return out;
  }

  /** Runs Spring Boot's start-up with these variables; what the production profile refused, if anything. */
  private static List<String> productionStart(Map<String, String> env) {
    List<String> args = new java.util.ArrayList<>();
    env.forEach((name, value) -> args.add("--" + name + "=" + value));
    try (var context = new SpringApplicationBuilder(NoBeans.class).web(WebApplicationType.NONE)
        .run(args.toArray(String[]::new))) {
      assertThat(context.getEnvironment().getActiveProfiles()).contains(ProductionChecks.PROFILE);
      return List.of();
    } catch (ProductionRefusal refusal) {
      return refusal.problems();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class NoBeans {}

  @Test
  void everyVariableTheComposeFileSetsIsOneTheServiceReads() throws IOException {
    String configuration = Files.readString(Path.of("src/main/resources/application.yml"));
    Matcher placeholders = Pattern.compile("\\$\\{([A-Z0-9_]+)").matcher(configuration);
    var read = new java.util.HashSet<String>();
    while (placeholders.find()) {
      read.add(placeholders.group(1));
    }
    for (String role : List.of("api", "worker")) {
      assertThat(read).as("variables read by the service").containsAll(environment(services().get(role)).keySet());
    }
  }

  @Test
  void theNamespaceJobRegistersTheSearchAttributesTheWorkflowUses() throws IOException {
    String script = Files.readString(ROOT.resolve("deploy/temporal/scripts/setup-namespace.sh"));
    PlanSearchAttributes.indexedTypes().forEach((name, type) -> {
      String composeType = type.name().endsWith("DATETIME") ? "Datetime" : "Keyword";
      assertThat(script).contains(name + ":" + composeType);
    });
    String database = Files.readString(ROOT.resolve("deploy/postgres/01-romna.sql"));
    assertThat(database).contains("CREATE DATABASE romna");
  }
}
