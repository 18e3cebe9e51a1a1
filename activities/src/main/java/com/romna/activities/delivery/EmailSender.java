package com.romna.activities.delivery;

/** Approved email drafts (Resend in production, the outbox locally). */
public interface EmailSender extends Sender {}
