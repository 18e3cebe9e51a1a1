package com.romna.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.Api;
import com.romna.api.support.EngineTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
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
        OtherService.start("--romna.auth.jwt-secret=a-real-secret-of-at-least-32-bytes-0123456789")) {
      Api other = OtherService.api(service);
      assertThat(other.get("/console/dev-token", null).status()).isEqualTo(404);
      assertThat(other.get("/console/sign-in-options", null).body().get("devSignIn").asBoolean()).isFalse();
      assertThat(service.getBeansOfType(DevSignInController.class)).isEmpty();
      // The console itself is still there: it signs in with a pasted token.
      assertThat(other.get("/assets/i18n/en.json", null).status()).isEqualTo(200);
    }
  }
}
