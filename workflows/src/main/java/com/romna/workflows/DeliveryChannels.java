package com.romna.workflows;

import com.romna.workflows.delivery.AlarmActivities;
import com.romna.workflows.delivery.DeliveryReceipt;
import com.romna.workflows.delivery.DeliveryRequest;
import com.romna.workflows.delivery.EmailActivities;
import com.romna.workflows.delivery.NotificationActivities;
import com.romna.workflows.delivery.WhatsAppActivities;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;

/** Starts the delivery activity of a plan's channel: one regular activity per message. */
final class DeliveryChannels {

  private DeliveryChannels() {}

  /** A stub is no command, so making one per call is free. */
  static Promise<DeliveryReceipt> start(DeliveryRequest request, ActivityOptions options) {
    return switch (request.channel()) {
      case NOTIFICATION ->
          Async.function(
              Workflow.newActivityStub(NotificationActivities.class, options)::sendNotification,
              request);
      case ALARM ->
          Async.function(Workflow.newActivityStub(AlarmActivities.class, options)::ringAlarm, request);
      case EMAIL ->
          Async.function(Workflow.newActivityStub(EmailActivities.class, options)::sendEmail, request);
      case WHATSAPP ->
          Async.function(
              Workflow.newActivityStub(WhatsAppActivities.class, options)::sendWhatsApp, request);
    };
  }
}
