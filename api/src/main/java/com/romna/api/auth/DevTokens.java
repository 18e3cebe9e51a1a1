package com.romna.api.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mints HS256 user tokens for local development and tests. Uses only the JDK so it runs as a
 * single source file: {@code java api/src/main/java/com/romna/api/auth/DevTokens.java <userId>}
 * (signs with {@code ROMNA_AUTH_JWT_SECRET}, or the development secret when that is unset).
 */
public final class DevTokens {

  /** The local default's secret. Anyone can read it here: never use it beyond your machine. */
  public static final String DEVELOPMENT_SECRET =
      "romna-local-development-secret-do-not-use-in-production";

  private DevTokens() {}

  public static String mint(String userId, String secret, Instant now, Duration ttl) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String claims =
        "{\"sub\":\"%s\",\"iat\":%d,\"exp\":%d}"
            .formatted(jsonEscape(userId), now.getEpochSecond(), now.plus(ttl).getEpochSecond());
    String body = b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
    String signingInput = header + "." + body;
    return signingInput + "." + b64.encodeToString(hmac(secret, signingInput));
  }

  private static byte[] hmac(String secret, String input) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  private static String jsonEscape(String value) {
    StringBuilder out = new StringBuilder();
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  public static void main(String[] args) {
    if (args.length != 1 || args[0].isBlank()) {
      System.err.println("usage: java DevTokens.java <userId>");
      System.exit(2);
    }
    String secret = System.getenv("ROMNA_AUTH_JWT_SECRET");
    if (secret == null || secret.isBlank()) {
      secret = DEVELOPMENT_SECRET;
    }
    System.out.println(mint(args[0], secret, Instant.now(), Duration.ofDays(30)));
  }
}
