package com.romna.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.auth.DevTokens;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The console offers the development sign-in exactly when authentication accepts development tokens. */
class DevelopmentSecretInUseTests {

  @Test
  void noSecretAndNoKeySetMeansTheDevelopmentSecret() {
    assertThat(DevelopmentSecretInUse.inUse(new MockEnvironment())).isTrue();
    assertThat(DevelopmentSecretInUse.inUse(new MockEnvironment().withProperty("romna.auth.jwt-secret", ""))).isTrue();
    assertThat(DevelopmentSecretInUse.inUse(
        new MockEnvironment().withProperty("romna.auth.jwt-secret", DevTokens.DEVELOPMENT_SECRET))).isTrue();
  }

  @Test
  void aRealSecretOrAKeySetAloneMeansNoDevelopmentTokens() {
    assertThat(DevelopmentSecretInUse.inUse(new MockEnvironment()
        .withProperty("romna.auth.jwt-secret", "a-real-secret-of-at-least-thirty-two-bytes!"))).isFalse();
    assertThat(DevelopmentSecretInUse.inUse(new MockEnvironment()
        .withProperty("romna.auth.jwks-uri", "https://project.supabase.co/auth/v1/.well-known/jwks.json"))).isFalse();
  }
}
