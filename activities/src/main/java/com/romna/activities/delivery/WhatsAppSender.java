package com.romna.activities.delivery;

import com.romna.workflows.delivery.Delivery;

/** Sends an approved WhatsApp message (Twilio in production, the outbox locally). */
public interface WhatsAppSender {

  SentMessage send(Delivery delivery);
}
