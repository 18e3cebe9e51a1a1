package com.romna.api.console;

import com.romna.api.ApiRole;
import io.swagger.v3.oas.annotations.Hidden;
import com.romna.api.auth.DevTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console's one-click sign-in for the local default: a short-lived token for the development
 * user. It exists only while the public development secret signs tokens, so anyone can mint the
 * same token with {@code DevTokens} anyway; with a real secret the path is a plain 404.
 */
// The console's own plumbing, described in the README's Console section, not part of the API.
@Hidden
@ApiRole
@RestController
@Conditional(DevelopmentSecretInUse.class)
class DevSignInController {

  static final String USER = "demo";
  static final Duration LIFETIME = Duration.ofHours(8);

  private final Clock clock;

  DevSignInController(Clock clock) {
    this.clock = clock;
  }

  record DevToken(String token, String userId, Instant expiresAt) {}

  @GetMapping("/console/dev-token")
  ResponseEntity<DevToken> token() {
    Instant now = clock.instant();
    String token = DevTokens.mint(USER, DevTokens.DEVELOPMENT_SECRET, now, LIFETIME);
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(new DevToken(token, USER, now.plus(LIFETIME)));
  }
}
