package com.romna.activities.delivery;

import com.romna.workflows.FailureType;
import com.romna.workflows.PlanStatus;
import com.romna.workflows.delivery.DeliveryReceipt;
import com.romna.workflows.delivery.DeliveryRequest;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.failure.ApplicationFailure;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shape every delivery activity shares: read the plan's message from its row, consult the
 * ledger, send what the provider does not have yet, record it, then mark the plan executed. A
 * retried activity therefore resumes where the last attempt stopped and never sends a message
 * twice; a raised cancel fence stops it from sending anything more.
 *
 * <p>What leaves as a failure lands in Temporal's history: it carries words and a type, never the
 * message, the recipient or the cause's own text (the delivery row keeps the provider's full
 * explanation for the user).
 */
public class DeliveryService {

  private static final Logger log = LoggerFactory.getLogger(DeliveryService.class);

  private final PlanMessages messages;
  private final DeliveryLedger ledger;
  private final DeliveryMetrics metrics;
  private final HeldSends held; // null: every send leaves at once, when the activity runs

  public DeliveryService(PlanMessages messages, DeliveryLedger ledger, DeliveryMetrics metrics) {
    this(messages, ledger, metrics, null);
  }

  public DeliveryService(PlanMessages messages, DeliveryLedger ledger, DeliveryMetrics metrics,
      HeldSends held) {
    this.messages = messages;
    this.ledger = ledger;
    this.metrics = metrics;
    this.held = held;
  }

  /**
   * Sends now, or, when the request is due later (the workflow woke a lead early), hands the
   * attempt to {@link HeldSends} and returns null without completing the activity. The plan's row
   * is read at hand-over, so at the due instant a send costs only its guarded write (which the
   * cancel fence still refuses); a send released by a cancel reads the row again. An attempt the
   * fence stopped before it claimed anything is also reported by {@link HeldSends}, once the
   * workflow's cancel of it is on record.
   */
  public DeliveryReceipt deliver(DeliveryRequest request, Sender sender) {
    ActivityExecutionContext context = Activity.getExecutionContext();
    int attempt = context.getInfo().getAttempt();
    if (held != null && held.worthHolding(request)) {
      PlanMessages.Loaded plan = loadOrFail(request, sender, attempt);
      if (held.hold(request, context, fresh -> send(request, sender, attempt, fresh ? null : plan))) {
        return null;
      }
    }
    try {
      return send(request, sender, attempt, null);
    } catch (StoppedByFence stopped) {
      if (held == null) {
        throw stopped.toTemporal();
      }
      held.reportStopped(context, request.planId(), stopped);
      return null;
    }
  }

  private PlanMessages.Loaded loadOrFail(DeliveryRequest request, Sender sender, int attempt) {
    try {
      return messages.load(request);
    } catch (ApplicationFailure failure) {
      throw failure;
    } catch (RuntimeException unexpected) {
      throw unexpected(request, sender, attempt, unexpected);
    }
  }

  private DeliveryReceipt send(DeliveryRequest request, Sender sender, int attempt,
      PlanMessages.Loaded loaded) {
    Delivery delivery = null;
    try {
      PlanMessages.Loaded plan = loaded != null ? loaded : messages.load(request);
      delivery = plan.delivery();
      if (plan.status() == PlanStatus.EXECUTED) {
        // An earlier attempt finished, but its answer never reached the workflow.
        return ledger.earlierReceipt(request.idempotencyKey(), sender.reportsReceipts());
      }
      if (plan.status().isTerminal()) {
        throw new StoppedByFence("the plan was cancelled before this attempt; nothing was sent");
      }
      if (plan.fenced()) { // the fence met an earlier attempt's send in flight: no cancel follows
        throw cancelled("the plan was cancelled before this attempt; nothing was sent");
      }
      DeliveryReceipt receipt =
          LocalOutbox.PROVIDER.equals(sender.provider())
              ? ledger.recordOutbox(delivery, sender.send(delivery, sender.recipients(delivery).get(0),
                  delivery.idempotencyKey()), attempt)
              : deliverThroughProvider(delivery, sender, attempt);
      metrics.delivered(delivery, sender.provider(), receipt.repeated());
      return receipt;
    } catch (DeliveryFailure failure) {
      metrics.failed(request.channel(), sender.provider(), failure);
      throw toTemporal(failure, delivery);
    } catch (ApplicationFailure | StoppedByFence failure) {
      throw failure;
    } catch (RuntimeException unexpected) {
      throw unexpected(request, sender, attempt, unexpected);
    }
  }

  private ApplicationFailure unexpected(DeliveryRequest request, Sender sender, int attempt,
      RuntimeException unexpected) {
    log.warn("delivery attempt {} of plan {} failed: {}", attempt, request.planId(),
        unexpected.getClass().getSimpleName());
    return worthRetrying("delivery attempt", unexpected);
  }

  /**
   * E.g. the database is unreachable: worth another try. Only the exception's class is kept, because
   * its text may quote row content and the failure goes into Temporal history.
   */
  static ApplicationFailure worthRetrying(String what, RuntimeException unexpected) {
    return ApplicationFailure.newFailure(
        what + " failed (" + unexpected.getClass().getSimpleName() + "); will retry",
        FailureType.DELIVERY_UNAVAILABLE.name());
  }

  private DeliveryReceipt deliverThroughProvider(Delivery delivery, Sender sender, int attempt) {
    HandedOver done = handOver(delivery, sender, attempt);
    List<String> recipients = done.recipients();
    SentMessage last = done.last();
    ledger.markExecuted(delivery.planId(), attempt,
        "delivered via " + sender.provider() + " to " + done.count() + " recipient(s)");
    return last != null && recipients.size() == 1
        ? new DeliveryReceipt(null, last.provider(), last.providerMessageId(), false, sender.reportsReceipts())
        : ledger.earlierReceipt(keyFor(delivery, sender, recipients.get(0)), sender.reportsReceipts());
  }

  /**
   * What a hand-over achieved: how many recipients have the message, and the last one sent by this
   * attempt (null when all had it already).
   */
  record HandedOver(List<String> recipients, int count, SentMessage last) {}

  /**
   * Hands the message to each recipient the ledger does not show as reached, claiming each send
   * first (the cancel fence refuses claims). Throws when nobody has it: a cancel, a refusal, or a
   * failure worth retrying.
   */
  HandedOver handOver(Delivery delivery, Sender sender, int attempt) {
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
      if (!ledger.claim(delivery, key, sender.provider(), recipient, attempt)) {
        break; // the cancel fence is up: no further recipient gets it
      }
      try {
        last = sender.send(delivery, recipient, key);
        ledger.settle(key, last);
        handedOver++;
      } catch (DeliveryFailure failure) {
        if (failure.kind() == DeliveryFailure.Kind.UNAVAILABLE) {
          // A 5xx or a timeout may still have reached the provider: the retry asks first.
          ledger.unconfirmed(key, failure.getMessage());
          if (handedOver == 0 && ledger.fenced(delivery.planId())) {
            throw cancelled("cancelled while an attempt was in flight; it did not get through");
          }
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
      if (refused.isEmpty()) {
        throw new StoppedByFence("the plan was cancelled before this attempt sent anything; nothing was sent");
      }
      throw DeliveryFailure.rejected(String.join("; ", refused), null);
    }
    return new HandedOver(recipients, handedOver, last);
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

  static ApplicationFailure cancelled(String why) {
    return ApplicationFailure.newNonRetryableFailure(why, FailureType.PLAN_CANCELLED.name());
  }

  /** No cause attached: its text and stack would enter the history with it. */
  static ApplicationFailure toTemporal(DeliveryFailure failure, Delivery delivery) {
    String message = delivery == null ? failure.getMessage()
        : Redaction.scrub(failure.getMessage(), delivery.payload().personal());
    if (failure.kind() == DeliveryFailure.Kind.UNAVAILABLE) {
      return failure.retryAfter() == null
          ? ApplicationFailure.newFailure(message, FailureType.DELIVERY_UNAVAILABLE.name())
          : ApplicationFailure.newFailureWithCauseAndDelay(
              message, FailureType.DELIVERY_UNAVAILABLE.name(), null, failure.retryAfter());
    }
    return ApplicationFailure.newNonRetryableFailure(message, FailureType.DELIVERY_REJECTED.name());
  }
}
