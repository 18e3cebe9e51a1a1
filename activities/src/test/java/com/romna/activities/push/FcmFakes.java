package com.romna.activities.push;

import com.romna.activities.delivery.PushSender;
import java.time.Clock;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** For tests of other modules: the production FCM sender, its SDK talking to a {@link FakeFcm}. */
public final class FcmFakes {

  private FcmFakes() {}

  /** Reads the user's devices from {@code jdbc}, as in production. */
  public static PushSender sender(FakeFcm fcm, NamedParameterJdbcTemplate jdbc, Clock clock) {
    return new FcmPushSender(fcm.messaging(), jdbc, clock);
  }
}
