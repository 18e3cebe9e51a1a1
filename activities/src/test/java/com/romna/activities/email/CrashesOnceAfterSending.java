package com.romna.activities.email;

import com.romna.activities.delivery.EmailSender;
import com.romna.activities.delivery.SentMessage;
import com.romna.activities.delivery.Delivery;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The real sender, except that the first time the provider accepts a message the worker "dies"
 * before the ledger can record it: the row stays {@code sending}, so the retry cannot know whether
 * the email left. {@code atCrash} runs at that moment, to look at the ledger.
 */
final class CrashesOnceAfterSending implements EmailSender {

  private final EmailSender real;
  private final Runnable atCrash;
  private final AtomicBoolean crashed = new AtomicBoolean();

  CrashesOnceAfterSending(EmailSender real, Runnable atCrash) {
    this.real = real;
    this.atCrash = atCrash;
  }

  @Override
  public String provider() {
    return real.provider();
  }

  @Override
  public List<String> recipients(Delivery delivery) {
    return real.recipients(delivery);
  }

  @Override
  public SentMessage send(Delivery delivery, String recipient, String idempotencyKey) {
    SentMessage sent = real.send(delivery, recipient, idempotencyKey);
    if (crashed.compareAndSet(false, true)) {
      atCrash.run();
      throw new IllegalStateException("worker lost after Resend accepted, before the ledger write");
    }
    return sent;
  }
}
