package com.romna.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.RomnaApplication;
import com.romna.api.support.Api;
import com.romna.api.support.EngineTest;
import com.romna.api.support.EngineTestConfiguration;
import com.romna.api.support.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The console's one-click development user exists only while the public development secret signs
 * tokens; with a real secret the endpoint is not there at all.
 */
class DevSignInTests extends EngineTest {

  @Test
  void developmentServerHandsOutAShortLivedTokenThatTheApiAccepts() {
    assertThat(api.get("/console/sign-in-options", null).body().get("devSignIn").asBoolean()).isTrue();

    Api.Response minted = api.get("/console/dev-token", null);
    assertThat(minted.status()).isEqualTo(200);
    assertThat(minted.headers().get("cache-control")).contains("no-store");
    assertThat(minted.text("userId")).isEqualTo("demo");
    Instant expires = Instant.parse(minted.text("expiresAt"));
    assertThat(Duration.between(now(), expires)).isBetween(Duration.ofHours(8).minusMinutes(1), Duration.ofHours(8));

    Api.Response plans = api.get("/api/plans", minted.text("token"));
    assertThat(plans.status()).isEqualTo(200);
  }

  @Test
  void serverWithItsOwnSecretHasNoDevelopmentSignIn() {
    try (ConfigurableApplicationContext service =
        new SpringApplicationBuilder(RomnaApplication.class, EngineTestConfiguration.class)
            .run(
                "--server.port=0",
                "--romna.auth.jwt-secret=a-real-secret-of-at-least-32-bytes-0123456789",
                "--spring.temporal.test-server.enabled=true",
                "--romna.temporal.embedded=never",
                "--spring.datasource.url=" + TestPostgres.newDatabase(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=")) {
      Api other = new Api(service.getEnvironment().getProperty("local.server.port", Integer.class));
      assertThat(other.get("/console/dev-token", null).status()).isEqualTo(404);
      assertThat(other.get("/console/sign-in-options", null).body().get("devSignIn").asBoolean()).isFalse();
      assertThat(service.getBeansOfType(DevSignInController.class)).isEmpty();
      // The console itself is still there: it signs in with a pasted token.
      assertThat(other.get("/assets/i18n/en.json", null).status()).isEqualTo(200);
    }
  }
}
