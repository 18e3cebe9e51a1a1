package com.romna.api.console;

import com.romna.api.ApiRole;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells the sign-in page whether to offer the development user, so it never has to probe the
 * development endpoint (and fail) on a server with a real secret.
 */
// The console's own plumbing, described in the README's Console section, not part of the API.
@Hidden
@ApiRole
@RestController
class SignInOptionsController {

  private final boolean development;

  SignInOptionsController(Environment environment) {
    this.development = DevelopmentSecretInUse.inUse(environment);
  }

  /** @param devUser the user the development sign-in signs in as; null when it is not offered */
  record SignInOptions(boolean devSignIn, String devUser) {}

  @GetMapping("/console/sign-in-options")
  SignInOptions options() {
    return new SignInOptions(development, development ? DevSignInController.USER : null);
  }
}
