package com.romna.api.flows;

import static com.romna.api.support.TokenIssuer.claims;
import static com.romna.api.support.TokenIssuer.sign;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.romna.api.auth.DevTokens;
import com.romna.api.support.Api;
import com.romna.api.support.EngineTest;
import com.romna.api.support.TokenIssuer;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * User tokens the way a Supabase project issues them: ES256/RS256 from its rotating JWK set, HS256
 * from the legacy shared secret, with {@code iss}, {@code aud}, {@code exp} and {@code nbf} checked.
 */
@TestPropertySource(properties = {
  "romna.auth.jwt-secret=" + UserTokenTests.SECRET,
  "romna.auth.issuer=" + TokenIssuer.ISSUER,
  "romna.auth.audience=" + TokenIssuer.AUDIENCE,
  "romna.auth.clock-skew=30s",
  // Every unknown key id may fetch the set again: each test rotates keys of its own.
  "romna.auth.jwks-refresh-interval=0s"
})
class UserTokenTests extends EngineTest {

  static final String SECRET = "super-secret-jwt-token-with-at-least-32-characters-long";
  static final TokenIssuer issuer = new TokenIssuer();

  @DynamicPropertySource
  static void jwks(DynamicPropertyRegistry registry) {
    registry.add("romna.auth.jwks-uri", issuer::jwksUri);
  }

  @AfterAll
  static void stop() {
    issuer.close();
  }

  private void accepted(String bearer) {
    Api.Response response = api.get("/api/plans", bearer);
    assertThat(response.status()).as("%s", response.body()).isEqualTo(200);
  }

  private Api.Response refused(String bearer) {
    Api.Response response = api.get("/api/plans", bearer);
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.text("type")).isEqualTo("urn:romna:problem:unauthorized");
    assertThat(response.headers().get("www-authenticate")).containsExactly("Bearer error=\"invalid_token\"");
    return response;
  }

  private JWTClaimsSet valid() {
    return claims(user, now()).build();
  }

  @Test
  void ecAndRsaTokensFromThePublishedKeySetActForTheirSubject() {
    ECKey ec = TokenIssuer.ecKey();
    RSAKey rsa = TokenIssuer.rsaKey();
    issuer.publish(ec, rsa);

    Api.Response created = api.post("/api/voice/decide", sign(ec, valid()),
        Api.json(Map.of("transcript", "remind me in 2 hours to stretch")));

    assertThat(created.status()).isEqualTo(201);
    assertThat(plansOfUser()).isEqualTo(1);
    assertThat(api.get("/api/plans", sign(rsa, valid())).body().get("plans").size()).isEqualTo(1);
  }

  @Test
  void aRotatedKeyIsPickedUpOnFirstUseAndARetiredOneIsRefused() {
    ECKey retired = TokenIssuer.ecKey();
    issuer.publish(retired);
    accepted(sign(retired, valid()));

    ECKey ec = TokenIssuer.ecKey();
    RSAKey rsa = TokenIssuer.rsaKey();
    issuer.publish(ec, rsa);

    accepted(sign(ec, valid()));
    accepted(sign(rsa, valid()));
    refused(sign(retired, valid()));
  }

  @Test
  void aKeyTheIssuerNeverPublishedIsRefused() {
    issuer.publish(TokenIssuer.ecKey());
    refused(sign(TokenIssuer.ecKey(), valid()));
    refused(sign(TokenIssuer.rsaKey(), valid()));
  }

  @Test
  void eachKeyVerifiesOnlyTheAlgorithmItIsFor() throws Exception {
    ECKey ec = TokenIssuer.ecKey();
    RSAKey rsa = TokenIssuer.rsaKey();
    issuer.publish(ec, rsa);

    // Signed by the EC key but naming the RSA key: no EC key has that id.
    refused(sign(ec, JWSAlgorithm.ES256, h -> h.keyID(rsa.getKeyID()), valid()));
    // The right RSA key, a stronger-sounding algorithm nobody agreed on.
    refused(sign(rsa, JWSAlgorithm.RS512, h -> h, valid()));
    refused(sign(rsa, JWSAlgorithm.PS256, h -> h, valid()));
    // The classic confusion: HS256 "signed" with the issuer's public key as the HMAC secret.
    refused(TokenIssuer.signHs256(rsa.toPublicJWK().toRSAKey().toRSAPublicKey().getEncoded(), valid()));
    refused(TokenIssuer.signHs256(rsa.toPublicJWK().toJSONString(), valid()));
    refused(TokenIssuer.unsigned(valid()));
  }

  @Test
  void theSharedSecretStillWorksBesideTheKeySetButNotTheDevelopmentOne() {
    accepted(TokenIssuer.signHs256(SECRET, valid()));
    refused(DevTokens.mint(user, DevTokens.DEVELOPMENT_SECRET, now(), Duration.ofHours(1)));
  }

  @Test
  void issuerAndAudienceMustBeTheConfiguredOnes() {
    ECKey ec = TokenIssuer.ecKey();
    issuer.publish(ec);

    assertThat(refused(sign(ec, claims(user, now()).issuer("https://evil.example/auth/v1").build()))
        .text("detail")).contains("iss");
    refused(sign(ec, claims(user, now()).issuer(null).build()));
    assertThat(refused(sign(ec, claims(user, now()).audience("anon").build())).text("detail")).contains("aud");
    refused(sign(ec, claims(user, now()).audience((String) null).build()));
    accepted(sign(ec, claims(user, now()).audience(List.of("other-api", "authenticated")).build()));
  }

  @Test
  void expiryAndNotBeforeAllowThirtySecondsOfClockSkewAndNoMore() {
    ECKey ec = TokenIssuer.ecKey();
    issuer.publish(ec);
    Instant now = now();
    Instant anHourAgo = now.minus(Duration.ofHours(1));

    accepted(sign(ec, claims(user, anHourAgo).expirationTime(at(now, -20)).build()));
    assertThat(refused(sign(ec, claims(user, anHourAgo).expirationTime(at(now, -45)).build())).text("detail"))
        .contains("expired");
    accepted(sign(ec, claims(user, now).notBeforeTime(at(now, 20)).build()));
    refused(sign(ec, claims(user, now).notBeforeTime(at(now, 45)).build()));
    refused(sign(ec, claims(user, now).expirationTime(null).build()));
  }

  @Test
  void anIssuerWhoseKeysCannotBeFetchedMakesTheServiceUnavailableNotTheTokenInvalid() {
    issuer.unavailable();

    Api.Response response = api.get("/api/plans", sign(TokenIssuer.ecKey(), valid()));

    assertThat(response.status()).isEqualTo(503);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.text("type")).isEqualTo("urn:romna:problem:auth-unavailable");
    assertThat(response.headers().get("retry-after")).containsExactly("30");
  }

  @Test
  void aSubjectThatIsNotAPlainUserIdIsRefused() {
    ECKey ec = TokenIssuer.ecKey();
    issuer.publish(ec);

    refused(sign(ec, claims(user, now()).subject(null).build()));
    refused(sign(ec, claims("alice\u202Eevil", now()).build()));
    refused(sign(ec, claims("alice smith", now()).build()));
    refused(sign(ec, claims("x".repeat(129), now()).build()));
  }

  private static Date at(Instant now, long seconds) {
    return Date.from(now.plusSeconds(seconds));
  }
}
