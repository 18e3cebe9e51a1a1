package com.romna.api.auth;

import com.romna.api.ApiRole;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On the development secret, says so loudly and hands a newcomer a token to try the API with;
 * never in production, which prints no token.
 */
@ApiRole
@Component
@Profile("!production")
class DevelopmentTokenHint {

  private static final Logger log = LoggerFactory.getLogger(DevelopmentTokenHint.class);

  private final AuthProperties properties;
  private final Clock clock;

  DevelopmentTokenHint(AuthProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void hint() {
    if (properties.usesDevelopmentSecret()) {
      log.warn(
          "ROMNA_AUTH_JWT_SECRET is not set: user tokens are signed with the public development"
              + " secret. A token for user 'demo' (valid 30 days): {}",
          DevTokens.mint("demo", DevTokens.DEVELOPMENT_SECRET, clock.instant(), Duration.ofDays(30)));
    }
  }
}
