package com.romna.api.plans;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param approvalExpiry how long an email/WhatsApp draft waits for approval before it is cancelled
 * @param maxTranscriptLength longest transcript accepted; voice requests are short, so anything
 *     longer is a client error rather than something to understand
 * @param answerWait how long a request waits for the workflow to record its answer (status after
 *     create, approve, cancel); without a worker running it answers with the stored status instead
 * @param receiptWindow how long a plan's workflow waits after sending for the provider's delivery
 *     receipt (WhatsApp through Twilio); a receipt arriving later updates the delivery row only
 * @param snoozeWindow how long a reminder or alarm that has fired can still be snoozed (its
 *     workflow stays open that long); a snooze in it rings again
 * @param deliveryLead how long before its due time a plan's workflow wakes and hands the delivery
 *     to the worker, which sends at the exact instant; it must cover the time the engine needs to
 *     wake every plan due in the same second; zero: wake at the due time
 */
@ConfigurationProperties("romna.plans")
public record PlansProperties(
    Duration approvalExpiry,
    int maxTranscriptLength,
    Duration answerWait,
    Duration receiptWindow,
    Duration snoozeWindow,
    Duration deliveryLead) {

  public PlansProperties {
    approvalExpiry = positiveOr(approvalExpiry, Duration.ofDays(7));
    answerWait = positiveOr(answerWait, Duration.ofSeconds(10));
    receiptWindow = positiveOr(receiptWindow, Duration.ofHours(24));
    snoozeWindow = positiveOr(snoozeWindow, Duration.ofMinutes(30));
    deliveryLead = deliveryLead == null || deliveryLead.isNegative() ? Duration.ZERO : deliveryLead;
    if (maxTranscriptLength <= 0) {
      maxTranscriptLength = 1000;
    }
  }

  private static Duration positiveOr(Duration value, Duration otherwise) {
    return value == null || value.isNegative() || value.isZero() ? otherwise : value;
  }
}
