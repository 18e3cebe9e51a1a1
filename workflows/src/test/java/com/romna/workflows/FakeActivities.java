package com.romna.workflows;

import com.romna.workflows.delivery.AlarmActivities;
import com.romna.workflows.delivery.Delivery;
import com.romna.workflows.delivery.DeliveryReceipt;
import com.romna.workflows.delivery.EmailActivities;
import com.romna.workflows.delivery.NotificationActivities;
import com.romna.workflows.delivery.WhatsAppActivities;
import com.romna.workflows.plan.PlanActivities;
import com.romna.workflows.plan.Transition;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/** In-memory stand-ins for the activities; they remember what happened and when (test time). */
class FakeActivities
    implements PlanActivities,
        NotificationActivities,
        AlarmActivities,
        EmailActivities,
        WhatsAppActivities {

  record Sent(Delivery delivery, Instant at) {}

  final List<Transition> transitions = new CopyOnWriteArrayList<>();
  final List<Sent> sent = new CopyOnWriteArrayList<>();
  private final TestWorkflowEnvironment env;
  volatile Supplier<RuntimeException> deliveryFailure;

  FakeActivities(TestWorkflowEnvironment env) {
    this.env = env;
  }

  List<PlanStatus> statuses() {
    return transitions.stream().map(Transition::status).toList();
  }

  @Override
  public void record(Transition transition) {
    transitions.add(transition);
  }

  private DeliveryReceipt send(Delivery delivery) {
    if (deliveryFailure != null) {
      throw deliveryFailure.get();
    }
    sent.add(new Sent(delivery, Instant.ofEpochMilli(env.currentTimeMillis())));
    return new DeliveryReceipt(UUID.randomUUID(), "local", null, false);
  }

  static RuntimeException rejected(String why) {
    return ApplicationFailure.newNonRetryableFailure(why, FailureType.DELIVERY_REJECTED.name());
  }

  @Override
  public DeliveryReceipt sendNotification(Delivery delivery) {
    return send(delivery);
  }

  @Override
  public DeliveryReceipt ringAlarm(Delivery delivery) {
    return send(delivery);
  }

  @Override
  public DeliveryReceipt sendEmail(Delivery delivery) {
    return send(delivery);
  }

  @Override
  public DeliveryReceipt sendWhatsApp(Delivery delivery) {
    return send(delivery);
  }
}
