package com.romna.api.plans;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param approvalExpiry how long an email/WhatsApp draft waits for approval before it is cancelled
 * @param maxTranscriptLength longest transcript accepted; voice requests are short, so anything
 *     longer is a client error rather than something to understand
 * @param answerWait how long a request waits for the workflow to record its answer (status after
 *     create, approve, cancel); without a worker running it answers with the stored status instead
 */
@ConfigurationProperties("romna.plans")
public record PlansProperties(Duration approvalExpiry, int maxTranscriptLength, Duration answerWait) {

  public PlansProperties {
    if (approvalExpiry == null || approvalExpiry.isNegative() || approvalExpiry.isZero()) {
      approvalExpiry = Duration.ofDays(7);
    }
    if (answerWait == null || answerWait.isNegative() || answerWait.isZero()) {
      answerWait = Duration.ofSeconds(10);
    }
    if (maxTranscriptLength <= 0) {
      maxTranscriptLength = 1000;
    }
  }
}
