package com.romna.activities.delivery;

/** Approved WhatsApp messages (Twilio in production, the outbox locally). */
public interface WhatsAppSender extends Sender {}
