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

  // Workflows started before the "ops-visibility" version keep the SDK's retries.
  private final Stubs legacy = new Stubs(ActivityPolicies.NOTIFICATION, ActivityPolicies.ALARM,
      ActivityPolicies.MESSAGE);

  DeliveryReceipt deliverLegacy(Delivery delivery) {
    return legacy.send(delivery);
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
        return new Stubs(once, once, once).send(delivery.withAttempt(attempt));
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

  private static final class Stubs {
    private final NotificationActivities notifications;
    private final AlarmActivities alarms;
    private final EmailActivities emails;
    private final WhatsAppActivities whatsApp;

    Stubs(LocalActivityOptions push, LocalActivityOptions alarm, LocalActivityOptions message) {
      notifications = Workflow.newLocalActivityStub(NotificationActivities.class, push);
      alarms = Workflow.newLocalActivityStub(AlarmActivities.class, alarm);
      emails = Workflow.newLocalActivityStub(EmailActivities.class, message);
      whatsApp = Workflow.newLocalActivityStub(WhatsAppActivities.class, message);
    }

    DeliveryReceipt send(Delivery delivery) {
      return switch (delivery.channel()) {
        case NOTIFICATION -> notifications.sendNotification(delivery);
        case ALARM -> alarms.ringAlarm(delivery);
        case EMAIL -> emails.sendEmail(delivery);
        case WHATSAPP -> whatsApp.sendWhatsApp(delivery);
      };
    }
  }
}
