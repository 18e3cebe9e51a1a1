package com.romna.workflows;

import com.romna.workflows.delivery.AlarmActivities;
import com.romna.workflows.delivery.Delivery;
import com.romna.workflows.delivery.DeliveryReceipt;
import com.romna.workflows.delivery.EmailActivities;
import com.romna.workflows.delivery.NotificationActivities;
import com.romna.workflows.delivery.WhatsAppActivities;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Picks the delivery activity for a plan's channel. One local activity at due time sends and
 * records {@code executed} in one transaction: the leanest path when many plans fall due together.
 */
final class DeliveryChannels {

  /** Workflows started before the "ops-visibility" version keep the SDK's retries. */
  DeliveryReceipt deliverLegacy(Delivery delivery) {
    return send(delivery, ActivityPolicies.withRetries(delivery.channel()));
  }

  /**
   * Delivers with the workflow's own retries ({@link DeliveryRetry}), telling {@code progress}
   * before each retry what happened and what comes next.
   *
   * @throws ActivityFailure the last failure, when retrying cannot help or the time is up
   */
  DeliveryReceipt deliver(Delivery delivery, Consumer<String> progress) {
    long started = Workflow.currentTimeMillis();
    Duration giveUpAfter = ActivityPolicies.giveUpAfter(delivery.channel());
    for (int attempt = 1; ; attempt++) {
      try {
        // The summary names the try in the Web UI's event history.
        LocalActivityOptions once =
            LocalActivityOptions.newBuilder(ActivityPolicies.DELIVERY_ONCE)
                .setSummary(
                    "deliver " + delivery.channel().wire() + ", attempt " + attempt + " of "
                        + DeliveryRetry.MAX_ATTEMPTS)
                .build();
        return send(delivery.withAttempt(attempt), once);
      } catch (ActivityFailure failure) {
        Duration elapsed = Duration.ofMillis(Workflow.currentTimeMillis() - started);
        Duration delay = DeliveryRetry.nextDelay(failure, attempt, elapsed, giveUpAfter);
        if (delay == null) {
          throw failure;
        }
        progress.accept(
            "sending, attempt " + (attempt + 1) + " of " + DeliveryRetry.MAX_ATTEMPTS + " in "
                + delay.toSeconds() + " s; last error: " + ExecutionWorkflowImpl.reason(failure));
        Workflow.sleep(delay);
      }
    }
  }

  /** One call of the channel's delivery activity; a stub is no command, so making one is free. */
  private static DeliveryReceipt send(Delivery delivery, LocalActivityOptions options) {
    return switch (delivery.channel()) {
      case NOTIFICATION ->
          Workflow.newLocalActivityStub(NotificationActivities.class, options).sendNotification(delivery);
      case ALARM -> Workflow.newLocalActivityStub(AlarmActivities.class, options).ringAlarm(delivery);
      case EMAIL -> Workflow.newLocalActivityStub(EmailActivities.class, options).sendEmail(delivery);
      case WHATSAPP ->
          Workflow.newLocalActivityStub(WhatsAppActivities.class, options).sendWhatsApp(delivery);
    };
  }
}
