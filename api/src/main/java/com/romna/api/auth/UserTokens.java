package com.romna.api.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.SignedJWT;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Verifies user tokens. Each algorithm has exactly one source of keys: HS256 only ever the shared
 * secret, ES256 and RS256 only ever the issuer's JWK set (a key is used only for the algorithm its
 * type and {@code alg} allow). So a token cannot choose how it is checked: {@code alg: none}, an
 * HS256 token "signed" with a public key, or any other algorithm is refused before any key is
 * looked at.
 */
final class UserTokens implements JwtDecoder {

  private static final int MAX_SUBJECT = 128;
  private static final Duration JWKS_CONNECT_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration JWKS_READ_TIMEOUT = Duration.ofSeconds(5);
  private static final int JWKS_SIZE_LIMIT = 64 * 1024;

  private final JwtDecoder secret;
  private final JwtDecoder keySet;

  UserTokens(AuthProperties auth, Clock clock) {
    OAuth2TokenValidator<Jwt> validator = validator(auth, clock);
    this.secret = auth.jwtSecret() == null ? null : secret(auth.jwtSecret(), validator);
    this.keySet = auth.jwksUri() == null ? null : keySet(auth, validator);
  }

  @Override
  public Jwt decode(String token) {
    JWSAlgorithm algorithm = algorithm(token);
    if (JWSAlgorithm.HS256.equals(algorithm) && secret != null) {
      return secret.decode(token);
    }
    if ((JWSAlgorithm.ES256.equals(algorithm) || JWSAlgorithm.RS256.equals(algorithm)) && keySet != null) {
      return fromKeySet(token);
    }
    throw new BadJwtException("tokens signed with " + algorithm + " are not accepted here");
  }

  private Jwt fromKeySet(String token) {
    try {
      return keySet.decode(token);
    } catch (BadJwtException e) {
      throw e;
    } catch (JwtException e) {
      // Unknown key ids already made us fetch the set as often as allowed: the key is not there.
      // Anything else (the issuer did not answer) leaves the token unchecked, which is not the caller's fault.
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof RateLimitReachedException) {
          throw new BadJwtException("the token's key is not in the issuer's key set", e);
        }
      }
      throw e;
    }
  }

  private static JWSAlgorithm algorithm(String token) {
    try {
      if (JWTParser.parse(token) instanceof SignedJWT signed) {
        return signed.getHeader().getAlgorithm();
      }
    } catch (ParseException e) {
      throw new BadJwtException("not a JWT", e);
    }
    throw new BadJwtException("unsigned tokens are not accepted");
  }

  private static JwtDecoder secret(String secret, OAuth2TokenValidator<Jwt> validator) {
    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withSecretKey(
                new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
            .macAlgorithm(MacAlgorithm.HS256)
            .jwtProcessorCustomizer(UserTokens::timeCheckedByValidatorOnly)
            .build();
    decoder.setJwtValidator(validator);
    return decoder;
  }

  /**
   * Keys are cached for {@code jwksCacheTtl}; a token naming a key id the cache lacks fetches the
   * set again (that is how a rotated key is picked up), rate-limited by {@code jwksRefreshInterval}.
   */
  private static JwtDecoder keySet(AuthProperties auth, OAuth2TokenValidator<Jwt> validator) {
    JWKSource<SecurityContext> keys;
    try {
      keys =
          JWKSourceBuilder.<SecurityContext>create(URI.create(auth.jwksUri()).toURL(), retriever())
              .cache(auth.jwksCacheTtl().toMillis(), JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT)
              .rateLimited(auth.jwksRefreshInterval().toMillis())
              .build();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("ROMNA_AUTH_JWKS_URI is not a URL: " + auth.jwksUri(), e);
    }
    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withJwkSource(keys)
            .jwsAlgorithms(algorithms -> {
              algorithms.add(SignatureAlgorithm.ES256);
              algorithms.add(SignatureAlgorithm.RS256);
            })
            .jwtProcessorCustomizer(UserTokens::timeCheckedByValidatorOnly)
            .build();
    decoder.setJwtValidator(validator);
    return decoder;
  }

  /**
   * Nimbus would also check {@code exp}/{@code nbf}, on the system clock with its own 60 s skew; the
   * validator below does it on the service's clock with the configured skew, so it alone decides.
   */
  private static void timeCheckedByValidatorOnly(ConfigurableJWTProcessor<SecurityContext> processor) {
    processor.setJWTClaimsSetVerifier((claims, context) -> {});
  }

  /** Nimbus's defaults (0.5 s) are tight for an issuer across the internet; a fetch is rare anyway. */
  private static DefaultResourceRetriever retriever() {
    return new DefaultResourceRetriever(
        (int) JWKS_CONNECT_TIMEOUT.toMillis(), (int) JWKS_READ_TIMEOUT.toMillis(), JWKS_SIZE_LIMIT);
  }

  private static OAuth2TokenValidator<Jwt> validator(AuthProperties auth, Clock clock) {
    JwtTimestampValidator time = new JwtTimestampValidator(auth.clockSkew());
    time.setClock(clock);
    time.setAllowEmptyExpiryClaim(false);
    List<OAuth2TokenValidator<Jwt>> checks = new ArrayList<>();
    checks.add(time);
    checks.add(JwtTypeValidator.jwt());
    checks.add(new JwtClaimValidator<String>(JwtClaimNames.SUB, UserTokens::plainSubject));
    if (auth.issuer() != null) {
      checks.add(new JwtIssuerValidator(auth.issuer()));
    }
    if (auth.audience() != null) {
      checks.add(new JwtAudienceValidator(auth.audience()));
    }
    return new DelegatingOAuth2TokenValidator<>(checks);
  }

  /** A user id we can store, compare and log as is: short, visible characters only. */
  static boolean plainSubject(String subject) {
    return subject != null
        && !subject.isEmpty()
        && subject.length() <= MAX_SUBJECT
        && subject.codePoints().allMatch(UserTokens::visible);
  }

  private static boolean visible(int c) {
    int type = Character.getType(c);
    return !Character.isWhitespace(c)
        && type != Character.CONTROL
        && type != Character.FORMAT
        && type != Character.SURROGATE
        && type != Character.UNASSIGNED
        && type != Character.PRIVATE_USE;
  }
}
