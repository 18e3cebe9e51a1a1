package com.romna.api.auth;

import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param jwtSecret HS256 key of user tokens, taken as UTF-8 bytes like Supabase does; blank means
 *     the development secret
 * @param serviceKey key of a trusted backend that names the user; blank disables it
 */
@ConfigurationProperties("romna.auth")
public record AuthProperties(String jwtSecret, String serviceKey) {

  public AuthProperties {
    if (jwtSecret == null || jwtSecret.isBlank()) {
      jwtSecret = DevTokens.DEVELOPMENT_SECRET;
    }
    if (jwtSecret.getBytes(StandardCharsets.UTF_8).length < 32) {
      throw new IllegalArgumentException("ROMNA_AUTH_JWT_SECRET must be at least 32 bytes");
    }
    if (serviceKey != null && serviceKey.isBlank()) {
      serviceKey = null;
    }
    if (serviceKey != null && serviceKey.length() < 32) {
      throw new IllegalArgumentException("ROMNA_AUTH_SERVICE_KEY must be at least 32 characters");
    }
  }

  public boolean usesDevelopmentSecret() {
    return DevTokens.DEVELOPMENT_SECRET.equals(jwtSecret);
  }
}
