package com.romna.api.console;

import com.romna.api.auth.DevTokens;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True only while user tokens are signed with the public development secret (the local default). */
class DevelopmentSecretInUse implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return inUse(context.getEnvironment());
  }

  static boolean inUse(Environment environment) {
    String secret = environment.getProperty("romna.auth.jwt-secret", "");
    return secret.isBlank() || DevTokens.DEVELOPMENT_SECRET.equals(secret);
  }
}
