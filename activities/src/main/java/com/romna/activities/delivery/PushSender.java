package com.romna.activities.delivery;

/**
 * Reminders and alarms to the user's devices (FCM in production, the outbox locally). The
 * delivery's channel says which: a notification, or a high-priority alarm data message.
 */
public interface PushSender extends Sender {}
