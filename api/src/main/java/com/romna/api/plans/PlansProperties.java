package com.romna.api.plans;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param approvalExpiry how long an email/WhatsApp draft waits for approval before it is cancelled
 * @param maxTranscriptLength longest transcript accepted; voice requests are short, so anything
 *     longer is a client error rather than something to understand
 */
@ConfigurationProperties("romna.plans")
public record PlansProperties(Duration approvalExpiry, int maxTranscriptLength) {

  public PlansProperties {
    if (approvalExpiry == null || approvalExpiry.isNegative() || approvalExpiry.isZero()) {
      approvalExpiry = Duration.ofDays(7);
    }
    if (maxTranscriptLength <= 0) {
      maxTranscriptLength = 1000;
    }
  }
}
