package com.romna.api.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * A trusted backend's key, sent as the bearer token. Compared in constant time over digests of
 * equal length, so neither the key's content nor its length leaks through timing. When the bearer
 * is not the key, this provider abstains and the token is checked as a user JWT.
 */
final class ServiceKey implements AuthenticationProvider {

  static final String ROLE = "SERVICE";

  private final byte[] digest;

  ServiceKey(String key) {
    this.digest = sha256(key);
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String bearer = ((BearerTokenAuthenticationToken) authentication).getToken();
    return MessageDigest.isEqual(digest, sha256(bearer)) ? new Granted() : null;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
  }

  /** The authenticated backend: no user of its own; every call names the user it acts for. */
  static final class Granted extends AbstractAuthenticationToken {

    Granted() {
      super(List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
      setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
      return "";
    }

    @Override
    public Object getPrincipal() {
      return "service-key";
    }
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
