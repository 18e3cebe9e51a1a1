package com.romna.activities.push;

import com.google.firebase.messaging.FirebaseMessaging;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.Message;
import com.romna.activities.delivery.DeliveryFailure;
import com.romna.activities.delivery.PushSender;
import com.romna.activities.delivery.SentMessage;
import com.romna.activities.delivery.Delivery;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Reminders and alarms through Firebase Cloud Messaging (HTTP v1), one message per registered
 * device. Each device is its own ledger row, so a retry skips the devices already reached.
 */
public class FcmPushSender implements PushSender {

  public static final String PROVIDER = "fcm";

  private final FirebaseMessaging messaging;
  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  public FcmPushSender(FirebaseMessaging messaging, NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.messaging = messaging;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public String provider() {
    return PROVIDER;
  }

  /** The user's device tokens, oldest registration first. */
  @Override
  public List<String> recipients(Delivery delivery) {
    return jdbc.queryForList(
        "SELECT token FROM devices WHERE user_id = :user ORDER BY created_at, token",
        new MapSqlParameterSource("user", delivery.userId()),
        String.class);
  }

  @Override
  public boolean sendsPerRecipient() {
    return true;
  }

  @Override
  public SentMessage send(Delivery delivery, String token, String idempotencyKey) {
    Message message;
    try {
      message = PushMessages.forDevice(delivery, token);
    } catch (RuntimeException invalid) {
      // Nothing was sent and nothing will ever be: a bug in the message, not an outage.
      throw DeliveryFailure.rejected("the push message could not be built: " + invalid.getMessage(), invalid);
    }
    try {
      String name = messaging.send(message);
      return new SentMessage(PROVIDER, name, "sent", token, PushMessages.content(delivery));
    } catch (FirebaseMessagingException e) {
      throw FcmErrors.classify(e, token, clock);
    } catch (RuntimeException e) {
      // E.g. the access token could not be refreshed: worth retrying like an outage.
      throw DeliveryFailure.unavailable(
          "Firebase Cloud Messaging could not be called: " + e.getMessage(), null, e);
    }
  }

  /** FCM said the token is dead; it never comes back, so the user's device list drops it. */
  @Override
  public void forget(Delivery delivery, String token) {
    jdbc.update(
        "DELETE FROM devices WHERE token = :token AND user_id = :user",
        new MapSqlParameterSource("token", token).addValue("user", delivery.userId()));
  }

  /** Enough of a token to tell devices apart in messages, never enough to use it. */
  static String masked(String token) {
    int shown = Math.min(6, token.length() / 2);
    return "…" + token.substring(token.length() - shown);
  }
}
