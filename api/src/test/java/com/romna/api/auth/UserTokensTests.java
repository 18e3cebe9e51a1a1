package com.romna.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.ECKey;
import com.romna.api.support.TokenIssuer;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtException;

/** The key set is fetched rarely: forged key ids cannot turn this service against the issuer. */
class UserTokensTests {

  private final TokenIssuer issuer = new TokenIssuer();

  @AfterEach
  void stop() {
    issuer.close();
  }

  private UserTokens tokens() {
    return new UserTokens(
        new AuthProperties(null, issuer.jwksUri(), null, null, null, null, null, null), Clock.systemUTC());
  }

  @Test
  void aFloodOfUnknownKeyIdsFetchesTheSetAtMostTwicePerInterval() {
    ECKey published = TokenIssuer.ecKey();
    issuer.publish(published);
    UserTokens tokens = tokens();
    assertThat(tokens.decode(TokenIssuer.sign(published, TokenIssuer.claims("alice", Instant.now()).build()))
        .getSubject()).isEqualTo("alice");

    for (int i = 0; i < 50; i++) {
      String forged = TokenIssuer.sign(TokenIssuer.ecKey(), TokenIssuer.claims("mallory", Instant.now()).build());
      assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class);
    }

    assertThat(issuer.fetches()).isLessThanOrEqualTo(2);
  }

  @Test
  void withOnlyAKeySetConfiguredNoSharedSecretIsAcceptedNotEvenTheDevelopmentOne() {
    issuer.publish(TokenIssuer.ecKey());
    AuthProperties auth = new AuthProperties(null, issuer.jwksUri(), null, null, null, null, null, null);

    assertThat(auth.usesDevelopmentSecret()).isFalse();
    String dev = DevTokens.mint("alice", DevTokens.DEVELOPMENT_SECRET, Instant.now(), java.time.Duration.ofHours(1));
    assertThatThrownBy(() -> tokens().decode(dev)).isInstanceOf(BadJwtException.class);
  }

  @Test
  void anIssuerThatDoesNotAnswerLeavesTheTokenUncheckedRatherThanInvalid() {
    ECKey key = TokenIssuer.ecKey();
    UserTokens tokens = tokens();
    issuer.close();

    assertThatThrownBy(() -> tokens.decode(TokenIssuer.sign(key, TokenIssuer.claims("alice", Instant.now()).build())))
        .isInstanceOf(JwtException.class)
        .isNotInstanceOf(BadJwtException.class);
  }
}
