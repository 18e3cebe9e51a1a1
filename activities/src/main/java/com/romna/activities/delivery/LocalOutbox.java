package com.romna.activities.delivery;

import com.romna.workflows.ExecutionType;
import com.romna.workflows.PlanPayload;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The honest local default when a provider has no credentials: nothing leaves the machine; the
 * message is recorded as a {@code deliveries} row with {@code provider = "local"}, which the API
 * shows on the plan. It never pretends that an email or WhatsApp message left.
 */
public abstract class LocalOutbox implements Sender {

  public static final String PROVIDER = "local";

  /** One class per channel interface, so each sender bean has exactly one type. */
  public static final class Push extends LocalOutbox implements PushSender {
    @Override
    public List<String> recipients(Delivery delivery) {
      return List.of("user:" + delivery.userId());
    }
  }

  public static final class Email extends LocalOutbox implements EmailSender {}

  public static final class WhatsApp extends LocalOutbox implements WhatsAppSender {}

  @Override
  public String provider() {
    return PROVIDER;
  }

  @Override
  public SentMessage send(Delivery delivery, String recipient, String idempotencyKey) {
    return new SentMessage(PROVIDER, null, "delivered", recipient, content(delivery));
  }

  /** The message as it would have been sent, for the user to see on the plan. */
  static Map<String, String> content(Delivery delivery) {
    if (delivery.notice() != null) {
      return notice(delivery.notice());
    }
    PlanPayload payload = delivery.payload();
    Map<String, String> content = new LinkedHashMap<>();
    if (delivery.channel() == ExecutionType.ALARM) {
      content.put("type", "alarm");
      content.put("time", delivery.scheduledFor().toString());
    }
    putIfPresent(content, "title", payload.title());
    putIfPresent(content, "label", payload.label());
    putIfPresent(content, "subject", payload.subject());
    putIfPresent(content, "body", payload.body());
    putIfPresent(content, "message", payload.message());
    return content;
  }

  /** A notice as the user sees it; the same keys in the outbox and through FCM. */
  public static Map<String, String> notice(Notice notice) {
    Map<String, String> content = new LinkedHashMap<>();
    content.put("type", notice.purpose());
    content.put("title", notice.title());
    content.put("body", notice.body());
    return content;
  }

  private static void putIfPresent(Map<String, String> content, String key, String value) {
    if (value != null) {
      content.put(key, value);
    }
  }
}
