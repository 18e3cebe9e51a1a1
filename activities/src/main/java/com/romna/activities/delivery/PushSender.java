package com.romna.activities.delivery;

import com.romna.workflows.delivery.Delivery;

/** Sends reminders and alarms to the user's devices (FCM in production, the outbox locally). */
public interface PushSender {

  SentMessage sendNotification(Delivery delivery);

  SentMessage sendAlarm(Delivery delivery);
}
