package com.romna.activities.delivery;

import com.romna.workflows.delivery.Delivery;
import com.romna.workflows.delivery.DeliveryReceipt;
import io.temporal.activity.Activity;
import java.util.function.Function;

/** The shape every delivery activity shares: send through the channel's sender, then record. */
public class DeliveryService {

  private final DeliveryLedger ledger;

  public DeliveryService(DeliveryLedger ledger) {
    this.ledger = ledger;
  }

  public DeliveryReceipt deliver(Delivery delivery, Function<Delivery, SentMessage> sender) {
    int attempt = Activity.getExecutionContext().getInfo().getAttempt();
    SentMessage sent = sender.apply(delivery);
    return ledger.recordExecuted(delivery, sent, attempt);
  }
}
