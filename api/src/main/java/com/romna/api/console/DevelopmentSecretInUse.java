package com.romna.api.console;

import com.romna.api.auth.AuthProperties;
import org.springframework.boot.context.properties.bind.Binder;
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

  /** As authentication decides it: a blank secret means the development one only without a JWKS URI. */
  static boolean inUse(Environment environment) {
    return Binder.get(environment).bind("romna.auth", AuthProperties.class)
        .orElseGet(() -> new AuthProperties(null, null, null, null, null, null, null, null))
        .usesDevelopmentSecret();
  }
}
