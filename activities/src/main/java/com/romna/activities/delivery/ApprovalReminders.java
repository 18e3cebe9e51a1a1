package com.romna.activities.delivery;

import com.romna.workflows.ExecutionType;
import com.romna.workflows.PlanStatus;
import com.romna.workflows.delivery.ApprovalReminderRequest;
import com.romna.workflows.delivery.DeliveryReceipt;
import com.romna.workflows.delivery.DeliveryRequest;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminds a user of a draft waiting for their approval (see {@code
 * NotificationActivities#sendApprovalReminder}): read from the plan's row, handed to the user's
 * devices through the same ledger as any delivery (its own key and purpose), and never a move of
 * the plan. Failures leave as {@link DeliveryService} shapes them: words and a type, no content.
 */
public class ApprovalReminders {

  private static final Logger log = LoggerFactory.getLogger(ApprovalReminders.class);

  private final PlanMessages messages;
  private final DeliveryService deliveries;

  public ApprovalReminders(PlanMessages messages, DeliveryService deliveries) {
    this.messages = messages;
    this.deliveries = deliveries;
  }

  public DeliveryReceipt remind(ApprovalReminderRequest request, PushSender sender) {
    int attempt = Activity.getExecutionContext().getInfo().getAttempt();
    Delivery reminder = null;
    try {
      PlanMessages.Loaded plan =
          messages.load(new DeliveryRequest(request.planId(), ExecutionType.NOTIFICATION));
      if (plan.status() != PlanStatus.WAITING_APPROVAL || plan.fenced() || plan.delivery().approvedAt() != null) {
        throw DeliveryService.cancelled("the draft is no longer waiting for approval (it is "
            + plan.status().wire() + "); no reminder was sent");
      }
      reminder = plan.delivery().withNotice(ApprovalReminderText.of(plan.delivery(), request));
      DeliveryService.HandedOver done = deliveries.handOver(reminder, sender, attempt);
      SentMessage last = done.last();
      return new DeliveryReceipt(null, sender.provider(), last == null ? null : last.providerMessageId(),
          last == null, false);
    } catch (DeliveryFailure failure) {
      throw DeliveryService.toTemporal(failure, reminder);
    } catch (ApplicationFailure failure) {
      throw failure;
    } catch (RuntimeException unexpected) {
      log.warn("approval reminder attempt {} of plan {} failed: {}", attempt, request.planId(),
          unexpected.getClass().getSimpleName());
      throw DeliveryService.worthRetrying("approval reminder attempt", unexpected);
    }
  }
}
