package com.romna.activities.delivery;

import com.romna.workflows.delivery.AlarmActivities;
import com.romna.workflows.delivery.DeliveryReceipt;
import com.romna.workflows.delivery.DeliveryRequest;

public class AlarmActivitiesImpl implements AlarmActivities {

  private final DeliveryService deliveries;
  private final PushSender sender;

  public AlarmActivitiesImpl(DeliveryService deliveries, PushSender sender) {
    this.deliveries = deliveries;
    this.sender = sender;
  }

  @Override
  public DeliveryReceipt ringAlarm(DeliveryRequest request) {
    return deliveries.deliver(request, sender);
  }
}
