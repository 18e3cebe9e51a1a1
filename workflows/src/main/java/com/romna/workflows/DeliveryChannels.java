package com.romna.workflows;

import com.romna.workflows.delivery.AlarmActivities;
import com.romna.workflows.delivery.Delivery;
import com.romna.workflows.delivery.DeliveryReceipt;
import com.romna.workflows.delivery.EmailActivities;
import com.romna.workflows.delivery.NotificationActivities;
import com.romna.workflows.delivery.WhatsAppActivities;
import io.temporal.workflow.Workflow;

/** Picks the delivery activity for a plan's channel; each channel has its own retry budget. */
final class DeliveryChannels {

  // One local activity at due time that sends and records `executed` in one transaction: the
  // leanest path when many plans fall due together.
  private final NotificationActivities notifications =
      Workflow.newLocalActivityStub(NotificationActivities.class, ActivityPolicies.NOTIFICATION);
  private final AlarmActivities alarms =
      Workflow.newLocalActivityStub(AlarmActivities.class, ActivityPolicies.ALARM);
  private final EmailActivities emails =
      Workflow.newLocalActivityStub(EmailActivities.class, ActivityPolicies.MESSAGE);
  private final WhatsAppActivities whatsApp =
      Workflow.newLocalActivityStub(WhatsAppActivities.class, ActivityPolicies.MESSAGE);

  DeliveryReceipt deliver(Delivery delivery) {
    return switch (delivery.channel()) {
      case NOTIFICATION -> notifications.sendNotification(delivery);
      case ALARM -> alarms.ringAlarm(delivery);
      case EMAIL -> emails.sendEmail(delivery);
      case WHATSAPP -> whatsApp.sendWhatsApp(delivery);
    };
  }
}
