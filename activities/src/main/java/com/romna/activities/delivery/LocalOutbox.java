package com.romna.activities.delivery;

import com.romna.workflows.PlanPayload;
import com.romna.workflows.delivery.Delivery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The honest local default when a provider has no credentials: nothing leaves the machine; the
 * message is recorded as a {@code deliveries} row with {@code provider = "local"}, which the API
 * shows on the plan. It never pretends that an email or WhatsApp message left.
 */
public class LocalOutbox implements PushSender {

  public static final String PROVIDER = "local";

  @Override
  public SentMessage sendNotification(Delivery delivery) {
    return outbox(devicesOf(delivery), fields("title", delivery.payload().title()));
  }

  @Override
  public SentMessage sendAlarm(Delivery delivery) {
    Map<String, String> content = fields("label", delivery.payload().label());
    content.put("type", "alarm");
    content.put("time", delivery.scheduledFor().toString());
    return outbox(devicesOf(delivery), content);
  }

  /** Email and WhatsApp share this: the draft's recipient and its text. */
  public SentMessage sendMessage(Delivery delivery) {
    PlanPayload payload = delivery.payload();
    Map<String, String> content = fields("subject", payload.subject());
    putIfPresent(content, "body", payload.body());
    putIfPresent(content, "message", payload.message());
    return outbox(payload.to(), content);
  }

  private static String devicesOf(Delivery delivery) {
    return "user:" + delivery.userId();
  }

  private static SentMessage outbox(String recipient, Map<String, String> content) {
    return new SentMessage(PROVIDER, null, "delivered", recipient, content);
  }

  private static Map<String, String> fields(String key, String value) {
    Map<String, String> content = new LinkedHashMap<>();
    putIfPresent(content, key, value);
    return content;
  }

  private static void putIfPresent(Map<String, String> content, String key, String value) {
    if (value != null) {
      content.put(key, value);
    }
  }
}
