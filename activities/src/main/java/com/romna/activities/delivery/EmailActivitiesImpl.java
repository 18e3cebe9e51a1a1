package com.romna.activities.delivery;

import com.romna.workflows.delivery.EmailActivities;
import com.romna.workflows.delivery.DeliveryReceipt;
import com.romna.workflows.delivery.DeliveryRequest;

public class EmailActivitiesImpl implements EmailActivities {

  private final DeliveryService deliveries;
  private final EmailSender sender;

  public EmailActivitiesImpl(DeliveryService deliveries, EmailSender sender) {
    this.deliveries = deliveries;
    this.sender = sender;
  }

  @Override
  public DeliveryReceipt sendEmail(DeliveryRequest request) {
    return deliveries.deliver(request, sender);
  }
}
