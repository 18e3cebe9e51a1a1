package com.romna.activities.delivery;

import com.romna.workflows.delivery.WhatsAppActivities;
import com.romna.workflows.delivery.DeliveryReceipt;
import com.romna.workflows.delivery.DeliveryRequest;

public class WhatsAppActivitiesImpl implements WhatsAppActivities {

  private final DeliveryService deliveries;
  private final WhatsAppSender sender;

  public WhatsAppActivitiesImpl(DeliveryService deliveries, WhatsAppSender sender) {
    this.deliveries = deliveries;
    this.sender = sender;
  }

  @Override
  public DeliveryReceipt sendWhatsApp(DeliveryRequest request) {
    return deliveries.deliver(request, sender);
  }
}
