package com.romna.activities.push;

import com.google.firebase.messaging.AndroidConfig;
import com.google.firebase.messaging.AndroidNotification;
import com.google.firebase.messaging.ApnsConfig;
import com.google.firebase.messaging.Aps;
import com.google.firebase.messaging.ApsAlert;
import com.google.firebase.messaging.Message;
import com.google.firebase.messaging.Notification;
import com.romna.workflows.ExecutionType;
import com.romna.activities.delivery.Delivery;
import com.romna.activities.delivery.LocalOutbox;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the app receives. A reminder is a notification the system shows by itself; an alarm is a
 * high-priority data message that the app turns into a ringing alarm. Titles are in the user's
 * language because the phone shows them as they are.
 */
final class PushMessages {

  private PushMessages() {}

  static Message forDevice(Delivery delivery, String token) {
    Map<String, String> content = content(delivery);
    String planId = delivery.planId().toString();
    Message.Builder message = Message.builder().setToken(token);
    if (delivery.channel() == ExecutionType.ALARM) {
      content.forEach(message::putData);
      message.putData("planId", planId);
      message.setAndroidConfig(
          AndroidConfig.builder().setPriority(AndroidConfig.Priority.HIGH).build());
      message.setApnsConfig(alarmOnApple(delivery, planId));
    } else {
      message.setNotification(
          Notification.builder().setTitle(content.get("title")).setBody(content.get("body")).build());
      message.putData("type", content.getOrDefault("type", "reminder")).putData("planId", planId);
      // The same tag and collapse id make a repeated message replace the shown one, never add one.
      message.setAndroidConfig(
          AndroidConfig.builder()
              .setNotification(AndroidNotification.builder().setTag(planId).build())
              .build());
      message.setApnsConfig(
          ApnsConfig.builder()
              .putHeader("apns-collapse-id", planId)
              .setAps(Aps.builder().build())
              .build());
    }
    return message.build();
  }

  /**
   * APNs refuses priority 10 for a payload holding nothing but content-available, and throttles
   * such silent pushes; the alert makes the alarm show (with sound) even when the app is not
   * running, while content-available still wakes the app to ring it.
   */
  private static ApnsConfig alarmOnApple(Delivery delivery, String planId) {
    return ApnsConfig.builder()
        .putHeader("apns-priority", "10")
        .putHeader("apns-push-type", "alert")
        .putHeader("apns-collapse-id", planId)
        .setAps(
            Aps.builder()
                .setAlert(
                    ApsAlert.builder()
                        .setTitle(alarmWord(delivery))
                        .setBody(label(delivery))
                        .build())
                .setSound("default")
                .setContentAvailable(true)
                .build())
        .build();
  }

  /** The message as the user will see it, kept in the ledger (same keys as the local outbox). */
  static Map<String, String> content(Delivery delivery) {
    if (delivery.notice() != null) {
      return LocalOutbox.notice(delivery.notice());
    }
    Map<String, String> content = new LinkedHashMap<>();
    if (delivery.channel() == ExecutionType.ALARM) {
      content.put("type", "alarm");
      content.put("label", label(delivery));
      content.put("time", delivery.scheduledFor().toString());
      content.put("timezone", delivery.timezone());
    } else {
      String title = delivery.payload().title();
      content.put("title", arabic(delivery) ? "تذكير" : "Reminder");
      content.put("body", title == null || title.isBlank() ? content.get("title") : title);
    }
    return content;
  }

  private static String label(Delivery delivery) {
    String label = delivery.payload().label();
    return label == null || label.isBlank() ? alarmWord(delivery) : label;
  }

  private static String alarmWord(Delivery delivery) {
    return arabic(delivery) ? "منبه" : "Alarm";
  }

  private static boolean arabic(Delivery delivery) {
    return delivery.locale() != null && delivery.locale().toLowerCase().startsWith("ar");
  }
}
