package com.romna.api.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.romna.api.web.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Turns an {@code Authorization: Bearer ...} header into a {@link Caller}, or a 401. */
@Component
class Authenticator {

  // Clocks of the token issuer and this service are never exactly equal.
  private static final Duration SKEW = Duration.ofSeconds(30);

  private final MACVerifier verifier;
  private final byte[] serviceKey;
  private final Clock clock;

  Authenticator(AuthProperties properties, Clock clock) throws JOSEException {
    this.verifier = new MACVerifier(properties.jwtSecret().getBytes(StandardCharsets.UTF_8));
    this.serviceKey =
        properties.serviceKey() == null
            ? null
            : properties.serviceKey().getBytes(StandardCharsets.UTF_8);
    this.clock = clock;
  }

  Caller authenticate(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw unauthorized("Send 'Authorization: Bearer <token>'.");
    }
    String token = authorization.substring(7).trim();
    if (serviceKey != null
        && MessageDigest.isEqual(serviceKey, token.getBytes(StandardCharsets.UTF_8))) {
      return Caller.serviceKey();
    }
    return Caller.user(verifiedSubject(token));
  }

  private String verifiedSubject(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
        throw unauthorized("The token's signature is not valid.");
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      Instant now = clock.instant();
      Date expires = claims.getExpirationTime();
      if (expires == null || expires.toInstant().plus(SKEW).isBefore(now)) {
        throw unauthorized("The token has expired (or carries no 'exp').");
      }
      Date notBefore = claims.getNotBeforeTime();
      if (notBefore != null && notBefore.toInstant().minus(SKEW).isAfter(now)) {
        throw unauthorized("The token is not valid yet.");
      }
      String subject = claims.getSubject();
      if (subject == null || subject.isBlank() || subject.length() > 128) {
        throw unauthorized("The token names no user ('sub').");
      }
      return subject;
    } catch (ParseException | JOSEException e) {
      throw unauthorized("The token is not a valid JWT.");
    }
  }

  private static ApiException unauthorized(String detail) {
    return new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", detail);
  }
}
