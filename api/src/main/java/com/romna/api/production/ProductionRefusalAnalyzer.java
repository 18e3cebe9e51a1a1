package com.romna.api.production;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refusal as Spring Boot's start-up report: the problems, then what to do. */
class ProductionRefusalAnalyzer extends AbstractFailureAnalyzer<ProductionRefusal> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, ProductionRefusal cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Set what is missing in the environment (see the README's Configuration), or unset"
            + " ROMNA_PROFILE to run the local defaults on your own machine.",
        cause);
  }
}
