package com.romna.activities.delivery;

import com.romna.workflows.delivery.ApprovalReminderRequest;
import com.romna.workflows.delivery.NotificationActivities;
import com.romna.workflows.delivery.DeliveryReceipt;
import com.romna.workflows.delivery.DeliveryRequest;

public class NotificationActivitiesImpl implements NotificationActivities {

  private final DeliveryService deliveries;
  private final ApprovalReminders reminders;
  private final PushSender sender;

  public NotificationActivitiesImpl(DeliveryService deliveries, ApprovalReminders reminders, PushSender sender) {
    this.deliveries = deliveries;
    this.reminders = reminders;
    this.sender = sender;
  }

  @Override
  public DeliveryReceipt sendNotification(DeliveryRequest request) {
    return deliveries.deliver(request, sender);
  }

  @Override
  public DeliveryReceipt sendApprovalReminder(ApprovalReminderRequest request) {
    return reminders.remind(request, sender);
  }
}
