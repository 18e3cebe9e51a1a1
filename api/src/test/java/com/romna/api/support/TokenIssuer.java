package com.romna.api.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A token issuer the way Supabase's asymmetric keys look from outside: a JWK set served over HTTP
 * at {@link #jwksUri()} (EC P-256 and RSA keys, rotated at will) and tokens signed with them.
 */
public final class TokenIssuer implements AutoCloseable {

  public static final String JWKS_PATH = "/auth/v1/.well-known/jwks.json";
  public static final String ISSUER = "https://project-ref.supabase.co/auth/v1";
  public static final String AUDIENCE = "authenticated";

  private final WireMockServer server = new WireMockServer(options().dynamicPort());

  public TokenIssuer() {
    server.start();
  }

  public String jwksUri() {
    return server.baseUrl() + JWKS_PATH;
  }

  /** Serves exactly these keys (their public halves) from now on. */
  public void publish(JWK... keys) {
    JWKSet set = new JWKSet(Arrays.stream(keys).map(JWK::toPublicJWK).toList());
    server.stubFor(get(urlEqualTo(JWKS_PATH))
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(set.toString())));
  }

  /** The key set cannot be had for now (the issuer's outage). */
  public void unavailable() {
    server.stubFor(get(urlEqualTo(JWKS_PATH)).willReturn(aResponse().withStatus(503)));
  }

  /** How often the key set was fetched. */
  public int fetches() {
    return server.countRequestsMatching(getRequestedFor(urlEqualTo(JWKS_PATH)).build()).getCount();
  }

  public static ECKey ecKey() {
    try {
      return new ECKeyGenerator(Curve.P_256).keyID("ec-" + UUID.randomUUID())
          .algorithm(JWSAlgorithm.ES256).keyUse(KeyUse.SIGNATURE).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Without an {@code alg}: the key's type alone says it verifies RS256 here. */
  public static RSAKey rsaKey() {
    try {
      return new RSAKeyGenerator(2048).keyID("rsa-" + UUID.randomUUID()).keyUse(KeyUse.SIGNATURE).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Supabase-shaped claims for {@code user}, valid for an hour from {@code now}. */
  public static JWTClaimsSet.Builder claims(String user, Instant now) {
    return new JWTClaimsSet.Builder()
        .subject(user)
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .claim("role", "authenticated")
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
  }

  public static String sign(JWK key, JWTClaimsSet claims) {
    JWSAlgorithm algorithm = key instanceof ECKey ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256;
    return sign(key, algorithm, h -> h, claims);
  }

  /** Full control over the header, to forge what a careless verifier would accept. */
  public static String sign(
      JWK key, JWSAlgorithm algorithm, UnaryOperator<JWSHeader.Builder> header, JWTClaimsSet claims) {
    try {
      JWSSigner signer = key instanceof ECKey ec ? new ECDSASigner(ec) : new RSASSASigner((RSAKey) key);
      JWSHeader.Builder h = new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).keyID(key.getKeyID());
      SignedJWT jwt = new SignedJWT(header.apply(h).build(), claims);
      jwt.sign(signer);
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** HS256 with a shared secret's UTF-8 bytes, as Supabase's legacy secret is used. */
  public static String signHs256(byte[] secret, JWTClaimsSet claims) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
      jwt.sign(new MACSigner(secret));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String signHs256(String secret, JWTClaimsSet claims) {
    return signHs256(secret.getBytes(StandardCharsets.UTF_8), claims);
  }

  /** {@code alg: none}: a header and claims with an empty signature. */
  public static String unsigned(JWTClaimsSet claims) {
    java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8)) + ".";
  }

  @Override
  public void close() {
    server.stop();
  }
}
