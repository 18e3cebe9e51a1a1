package com.romna.activities.delivery;

import com.romna.workflows.FailureType;
import com.romna.workflows.delivery.Delivery;
import com.romna.workflows.delivery.DeliveryReceipt;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shape every delivery activity shares: consult the ledger, send what the provider does not
 * have yet, record it, then mark the plan executed. A retried activity therefore resumes where the
 * last attempt stopped and never sends a message twice.
 */
public class DeliveryService {

  private final DeliveryLedger ledger;
  private final DeliveryMetrics metrics;

  public DeliveryService(DeliveryLedger ledger) {
    this(ledger, DeliveryMetrics.none());
  }

  public DeliveryService(DeliveryLedger ledger, DeliveryMetrics metrics) {
    this.ledger = ledger;
    this.metrics = metrics;
  }

  public DeliveryReceipt deliver(Delivery delivery, Sender sender) {
    int attempt =
        delivery.attempt() > 0
            ? delivery.attempt()
            : Activity.getExecutionContext().getInfo().getAttempt();
    try {
      DeliveryReceipt receipt;
      if (LocalOutbox.PROVIDER.equals(sender.provider())) {
        String recipient = sender.recipients(delivery).get(0);
        receipt =
            ledger.recordOutbox(
                delivery, sender.send(delivery, recipient, delivery.idempotencyKey()), attempt);
      } else {
        receipt = deliverThroughProvider(delivery, sender, attempt);
      }
      metrics.delivered(delivery, sender.provider(), receipt.repeated());
      return receipt;
    } catch (DeliveryFailure failure) {
      metrics.failed(delivery, sender.provider(), failure);
      throw toTemporal(failure);
    }
  }

  private DeliveryReceipt deliverThroughProvider(Delivery delivery, Sender sender, int attempt) {
    List<String> recipients = sender.recipients(delivery);
    if (recipients.isEmpty()) {
      throw DeliveryFailure.rejected(noRecipient(delivery), null);
    }
    Map<String, LedgerEntry> earlier = ledger.entries(delivery);
    List<String> refused = new ArrayList<>();
    SentMessage last = null;
    int handedOver = 0;
    for (String recipient : recipients) {
      String key = keyFor(delivery, sender, recipient);
      LedgerEntry entry = earlier.get(key);
      if (entry != null && entry.handedOver()) {
        handedOver++;
        continue;
      }
      if (entry != null && entry.inDoubt()) {
        Optional<SentMessage> found = sender.findEarlier(delivery, recipient, entry.createdAt());
        if (found.isPresent()) {
          ledger.settle(key, found.get());
          handedOver++;
          continue;
        }
      }
      ledger.claim(delivery, key, sender.provider(), recipient, attempt);
      try {
        last = sender.send(delivery, recipient, key);
        ledger.settle(key, last);
        handedOver++;
      } catch (DeliveryFailure failure) {
        if (failure.kind() == DeliveryFailure.Kind.UNAVAILABLE) {
          // A 5xx or a timeout may still have reached the provider: the row stays in doubt, so
          // the retry asks the provider (findEarlier) before sending again.
          ledger.noteInDoubt(key, failure.getMessage());
          throw failure;
        }
        boolean gone = failure.kind() == DeliveryFailure.Kind.RECIPIENT_GONE;
        ledger.fail(key, gone, failure.getMessage());
        if (!gone) {
          throw failure;
        }
        sender.forget(delivery, recipient);
        refused.add(failure.getMessage());
      }
    }
    if (handedOver == 0) {
      throw DeliveryFailure.rejected(String.join("; ", refused), null);
    }
    ledger.markExecuted(
        delivery, attempt, "delivered via " + sender.provider() + " to " + handedOver + " recipient(s)");
    String key = keyFor(delivery, sender, recipients.get(0));
    return last != null && recipients.size() == 1
        ? new DeliveryReceipt(null, last.provider(), last.providerMessageId(), false)
        : ledger.earlierReceipt(key);
  }

  /** One key per plan and channel; per device for push, so a retry skips devices already reached. */
  static String keyFor(Delivery delivery, Sender sender, String recipient) {
    if (!sender.sendsPerRecipient()) {
      return delivery.idempotencyKey();
    }
    return delivery.idempotencyKey() + "/" + shortHash(recipient);
  }

  private static String shortHash(String value) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String noRecipient(Delivery delivery) {
    return switch (delivery.channel()) {
      case NOTIFICATION, ALARM -> "no device is registered for this user";
      case EMAIL -> "the email draft has no recipient";
      case WHATSAPP -> "the WhatsApp draft has no recipient";
    };
  }

  private static ApplicationFailure toTemporal(DeliveryFailure failure) {
    if (failure.kind() == DeliveryFailure.Kind.UNAVAILABLE) {
      return failure.retryAfter() == null
          ? ApplicationFailure.newFailureWithCause(
              failure.getMessage(), FailureType.DELIVERY_UNAVAILABLE.name(), failure)
          : ApplicationFailure.newFailureWithCauseAndDelay(
              failure.getMessage(),
              FailureType.DELIVERY_UNAVAILABLE.name(),
              failure,
              failure.retryAfter());
    }
    return ApplicationFailure.newNonRetryableFailureWithCause(
        failure.getMessage(), FailureType.DELIVERY_REJECTED.name(), failure);
  }
}
