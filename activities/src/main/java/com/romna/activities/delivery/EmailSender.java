package com.romna.activities.delivery;

import com.romna.workflows.delivery.Delivery;

/** Sends an approved email draft (Resend in production, the outbox locally). */
public interface EmailSender {

  SentMessage send(Delivery delivery);
}
