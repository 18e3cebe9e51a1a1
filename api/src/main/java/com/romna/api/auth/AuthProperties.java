package com.romna.api.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How callers prove who they are.
 *
 * @param jwtSecret HS256 key of user tokens, taken as UTF-8 bytes like Supabase does. Blank: the
 *     development secret, unless {@code jwksUri} is set, in which case HS256 tokens are refused
 * @param jwksUri JWK set of an issuer's ES256/RS256 keys (e.g. a Supabase project's
 *     {@code /auth/v1/.well-known/jwks.json}); blank disables it
 * @param issuer when set, a user token's {@code iss} must equal it
 * @param audience when set, a user token's {@code aud} must contain it
 * @param clockSkew how far {@code exp} and {@code nbf} may be off from this service's clock
 * @param jwksCacheTtl how long fetched keys are trusted before the set is fetched again
 * @param jwksRefreshInterval a token naming an unknown key fetches the set again, at most twice per
 *     this interval, so forged key ids cannot make this service hammer the issuer
 * @param serviceKey key of a trusted backend that names the user; blank disables it
 */
@ConfigurationProperties("romna.auth")
public record AuthProperties(
    String jwtSecret,
    String jwksUri,
    String issuer,
    String audience,
    Duration clockSkew,
    Duration jwksCacheTtl,
    Duration jwksRefreshInterval,
    String serviceKey) {

  // RFC 6750 b64token: what may follow "Bearer " in a header.
  private static final Pattern BEARER_TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");

  public AuthProperties {
    jwksUri = blankToNull(jwksUri);
    issuer = blankToNull(issuer);
    audience = blankToNull(audience);
    // Keys are taken exactly as given: a stray space is part of the secret, not something to guess about.
    serviceKey = serviceKey == null || serviceKey.isBlank() ? null : serviceKey;
    jwtSecret = jwtSecret == null || jwtSecret.isBlank() ? null : jwtSecret;
    if (jwtSecret == null && jwksUri == null) {
      jwtSecret = DevTokens.DEVELOPMENT_SECRET;
    }
    if (jwtSecret != null && jwtSecret.getBytes(StandardCharsets.UTF_8).length < 32) {
      throw new IllegalArgumentException("ROMNA_AUTH_JWT_SECRET must be at least 32 bytes");
    }
    if (jwksUri != null && !URI.create(jwksUri).isAbsolute()) {
      throw new IllegalArgumentException("ROMNA_AUTH_JWKS_URI must be an absolute URL");
    }
    if (serviceKey != null && serviceKey.length() < 32) {
      throw new IllegalArgumentException("ROMNA_AUTH_SERVICE_KEY must be at least 32 characters");
    }
    if (serviceKey != null && !BEARER_TOKEN.matcher(serviceKey).matches()) {
      throw new IllegalArgumentException(
          "ROMNA_AUTH_SERVICE_KEY may only use letters, digits and - . _ ~ + / (a bearer token),"
              + " e.g. the output of 'openssl rand -base64 48'");
    }
    clockSkew = orDefault(clockSkew, Duration.ofSeconds(30));
    jwksCacheTtl = orDefault(jwksCacheTtl, Duration.ofMinutes(5));
    jwksRefreshInterval = orDefault(jwksRefreshInterval, Duration.ofSeconds(30));
  }

  public boolean usesDevelopmentSecret() {
    return DevTokens.DEVELOPMENT_SECRET.equals(jwtSecret);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Duration orDefault(Duration value, Duration fallback) {
    return value == null || value.isNegative() ? fallback : value;
  }
}
