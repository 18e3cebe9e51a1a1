package com.romna.api.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.RomnaApplication;
import com.romna.api.support.Api;
import com.romna.api.support.EngineTestConfiguration;
import com.romna.api.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

/** romna.docs.enabled is the one switch for the document and the page; the worker role never serves them. */
class DocsSwitchTests {

  private static MockEnvironment switched(MockEnvironment environment) {
    new DocsSwitch().postProcessEnvironment(environment, null);
    return environment;
  }

  @Test
  void docsAreOnByDefault() {
    MockEnvironment env = switched(new MockEnvironment());
    assertThat(env.getProperty("springdoc.api-docs.enabled")).isEqualTo("true");
    assertThat(env.getProperty("springdoc.swagger-ui.enabled")).isEqualTo("true");
  }

  @Test
  void oneSettingTurnsTheDocumentAndThePageOff() {
    MockEnvironment env = switched(new MockEnvironment().withProperty("romna.docs.enabled", "false"));
    assertThat(env.getProperty("springdoc.api-docs.enabled")).isEqualTo("false");
    assertThat(env.getProperty("springdoc.swagger-ui.enabled")).isEqualTo("false");
  }

  @Test
  void theWorkerRoleNeverServesThem() {
    MockEnvironment env = switched(new MockEnvironment().withProperty("romna.role", "worker"));
    assertThat(env.getProperty("springdoc.api-docs.enabled")).isEqualTo("false");
    assertThat(env.getProperty("springdoc.swagger-ui.enabled")).isEqualTo("false");
  }

  @Test
  void aProfileFileTurnsThemOffWithOneSetting() {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(NoBeans.class).web(WebApplicationType.NONE).profiles("nodocs").run()) {
      assertThat(context.getEnvironment().getProperty("springdoc.api-docs.enabled")).isEqualTo("false");
      assertThat(context.getEnvironment().getProperty("springdoc.swagger-ui.enabled")).isEqualTo("false");
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class NoBeans {}

  @Test
  void aServiceWithDocsOffAnswers404ForThemAndServesTheApi() {
    try (ConfigurableApplicationContext service =
        new SpringApplicationBuilder(RomnaApplication.class, EngineTestConfiguration.class)
            .run(
                "--server.port=0",
                "--romna.docs.enabled=false",
                "--spring.temporal.test-server.enabled=true",
                "--romna.temporal.embedded=never",
                "--spring.datasource.url=" + TestPostgres.newDatabase(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=")) {
      Api api = new Api(service.getEnvironment().getProperty("local.server.port", Integer.class));
      assertThat(service.getBeansOfType(ApiDocsCustomizer.class)).isEmpty();
      assertThat(api.get("/v3/api-docs", null).status()).isEqualTo(404);
      assertThat(api.get("/v3/api-docs/swagger-config", null).status()).isEqualTo(404);
      assertThat(api.get("/docs", null).status()).isEqualTo(404);
      assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(404);
      // Spring Boot would serve the raw webjar here, pointing at the public petstore.
      assertThat(api.get("/webjars/swagger-ui/index.html", null).status()).isEqualTo(404);
      assertThat(api.get("/webjars/swagger-ui/swagger-initializer.js", null).status()).isEqualTo(404);
      assertThat(api.get("/api/plans", Api.tokenFor("docs-off")).status()).isEqualTo(200);
    }
  }
}
