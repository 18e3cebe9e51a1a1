package com.romna.api.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.romna.api.RomnaApplication;
import com.romna.api.auth.DevTokens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

/**
 * ROMNA_PROFILE=production refuses to start on each development default, with one line saying
 * which and what to do, before it connects to anything.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileTests {

  private static final String SECRET = "9f2c4e1a7b3d5f6e8a0c2e4f6a8b0d1c3e5f7a9b";

  /** A production configuration that passes, as the operator sets it: environment variables. */
  private static Map<String, String> production() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("ROMNA_PROFILE", "production");
    env.put("ROMNA_AUTH_JWT_SECRET", SECRET);
    env.put("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgresql.invalid:5432/romna");
    env.put("TEMPORAL_ADDRESS", "temporal.invalid:7233");
    env.put("ROMNA_LOCAL_OUTBOX", "true");
    return env;
  }

  private static ProductionRefusal refusal(Map<String, String> env) {
    List<String> args = new ArrayList<>(List.of("--server.port=0"));
    env.forEach((name, value) -> args.add("--" + name + "=" + value));
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
        () -> new SpringApplicationBuilder(RomnaApplication.class).run(args.toArray(String[]::new)).close());
    assertThat(thrown).isInstanceOf(ProductionRefusal.class);
    return (ProductionRefusal) thrown;
  }

  private static List<String> problems(Map<String, String> env) {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles(ProductionChecks.PROFILE);
    environment.setProperty("romna.auth.jwt-secret", env.getOrDefault("ROMNA_AUTH_JWT_SECRET", ""));
    environment.setProperty("romna.auth.jwks-uri", env.getOrDefault("ROMNA_AUTH_JWKS_URI", ""));
    environment.setProperty("spring.datasource.url", env.getOrDefault("SPRING_DATASOURCE_URL", ""));
    environment.setProperty("spring.temporal.connection.target", env.getOrDefault("TEMPORAL_ADDRESS", ""));
    environment.setProperty("romna.local-outbox", env.getOrDefault("ROMNA_LOCAL_OUTBOX", "false"));
    environment.setProperty("romna.role", env.getOrDefault("ROMNA_ROLE", "all"));
    return ProductionChecks.problems(environment);
  }

  @Test
  void aCompleteProductionConfigurationPasses() {
    assertThat(problems(production())).isEmpty();
  }

  @Test
  void refusesWithoutAJwtSecret() {
    Map<String, String> env = production();
    env.remove("ROMNA_AUTH_JWT_SECRET");

    assertThat(refusal(env).problems()).singleElement().asString()
        .startsWith("ROMNA_AUTH_JWT_SECRET is not set (nor ROMNA_AUTH_JWKS_URI), so user tokens would be"
            + " signed with the public development secret");
  }

  @Test
  void anIssuersKeySetAloneIsEnoughWithoutAnySecret() {
    Map<String, String> env = production();
    env.remove("ROMNA_AUTH_JWT_SECRET");
    env.put("ROMNA_AUTH_JWKS_URI", "https://project.supabase.invalid/auth/v1/.well-known/jwks.json");

    assertThat(problems(env)).isEmpty();
  }

  @Test
  void aSecretBesideAKeySetIsStillChecked() {
    Map<String, String> env = production();
    env.put("ROMNA_AUTH_JWKS_URI", "https://project.supabase.invalid/auth/v1/.well-known/jwks.json");
    env.put("ROMNA_AUTH_JWT_SECRET", DevTokens.DEVELOPMENT_SECRET);

    assertThat(problems(env)).singleElement().asString()
        .startsWith("ROMNA_AUTH_JWT_SECRET is the public development secret");
  }

  @Test
  void theWorkerRoleServesNoApiSoNeedsNoSecret() {
    Map<String, String> env = production();
    env.remove("ROMNA_AUTH_JWT_SECRET");
    env.put("ROMNA_ROLE", "worker");

    assertThat(problems(env)).isEmpty();
  }

  @Test
  void refusesTheDevelopmentSecret() {
    Map<String, String> env = production();
    env.put("ROMNA_AUTH_JWT_SECRET", DevTokens.DEVELOPMENT_SECRET);

    assertThat(refusal(env).problems()).singleElement().asString()
        .startsWith("ROMNA_AUTH_JWT_SECRET is the public development secret");
  }

  @Test
  void refusesDockerComposesPlaceholder() {
    Map<String, String> env = production();
    env.put("ROMNA_AUTH_JWT_SECRET", ProductionChecks.COMPOSE_PLACEHOLDER);

    assertThat(refusal(env).problems()).singleElement().asString()
        .startsWith("ROMNA_AUTH_JWT_SECRET is still docker-compose's placeholder");
  }

  @Test
  void refusesASecretShorterThan32Bytes() {
    Map<String, String> env = production();
    env.put("ROMNA_AUTH_JWT_SECRET", "short-secret-of-31-bytes-xxxxxx");

    assertThat(refusal(env).problems()).singleElement().asString()
        .startsWith("ROMNA_AUTH_JWT_SECRET is only 31 bytes long");
  }

  @Test
  void refusesWithoutADatasource() {
    Map<String, String> env = production();
    env.remove("SPRING_DATASOURCE_URL");

    assertThat(refusal(env).problems()).singleElement().asString()
        .startsWith("SPRING_DATASOURCE_URL is not set");
  }

  @Test
  void refusesWithoutATemporalAddress() {
    Map<String, String> env = production();
    env.remove("TEMPORAL_ADDRESS");

    assertThat(refusal(env).problems()).singleElement().asString()
        .startsWith("TEMPORAL_ADDRESS is not set");
  }

  @ParameterizedTest
  @CsvSource({
    "push, RESEND_API_KEY, TWILIO_ACCOUNT_SID",
    "email, ROMNA_FIREBASE_CREDENTIALS, TWILIO_ACCOUNT_SID",
    "WhatsApp, ROMNA_FIREBASE_CREDENTIALS, RESEND_API_KEY"
  })
  void refusesAChannelWithoutCredentialsUnlessTheOutboxIsChosen(String channel, String set, String alsoSet) {
    Map<String, String> env = production();
    env.remove("ROMNA_LOCAL_OUTBOX");
    env.put(set, "configured");
    env.put(alsoSet, "configured");
    env.put("TWILIO_AUTH_TOKEN", "configured");

    assertThat(refusal(env).problems()).singleElement().asString()
        .startsWith(channel + " ")
        .endsWith("or ROMNA_LOCAL_OUTBOX=true to keep this channel in the local outbox on purpose");
  }

  @Test
  void theApiRoleDeliversNothingSoNeedsNoProviderCredentials() {
    Map<String, String> env = production();
    env.remove("ROMNA_LOCAL_OUTBOX");
    env.put("ROMNA_ROLE", "api");

    assertThat(problems(env)).isEmpty();
  }

  @Test
  void everyProblemIsOneLineAndNoTokenIsPrinted(CapturedOutput output) {
    Map<String, String> env = new LinkedHashMap<>(Map.of("ROMNA_PROFILE", "production"));

    ProductionRefusal refusal = refusal(env);

    assertThat(refusal.problems()).hasSize(6).allSatisfy(line -> assertThat(line).doesNotContain("\n"));
    assertThat(output).contains("ROMNA_PROFILE=production refuses to start:");
    refusal.problems().forEach(line -> assertThat(output).contains("- " + line));
    assertThat(output).doesNotContain("eyJ").doesNotContain(DevTokens.DEVELOPMENT_SECRET);
  }

  @ParameterizedTest
  @CsvSource({"'', false", "true, true"})
  void theApiDocumentAndPageAreOffUnlessAskedFor(String docsEnabled, String served) {
    Map<String, String> env = production();
    if (!docsEnabled.isEmpty()) {
      env.put("ROMNA_DOCS_ENABLED", docsEnabled);
    }
    List<String> args = new ArrayList<>();
    env.forEach((name, value) -> args.add("--" + name + "=" + value));
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NoBeans.class)
        .web(WebApplicationType.NONE).run(args.toArray(String[]::new))) {
      assertThat(context.getEnvironment().getProperty("springdoc.api-docs.enabled")).isEqualTo(served);
      assertThat(context.getEnvironment().getProperty("springdoc.swagger-ui.enabled")).isEqualTo(served);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class NoBeans {}

  @Test
  void withoutTheProfileTheLocalDefaultsStayAllowed() {
    MockEnvironment local = new MockEnvironment();

    new ProductionChecks().postProcessEnvironment(local, null);

    assertThat(ProductionChecks.problems(local)).isNotEmpty(); // what production would refuse
  }
}
