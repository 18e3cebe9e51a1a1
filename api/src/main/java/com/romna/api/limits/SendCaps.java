package com.romna.api.limits;

import com.romna.workflows.IntentType;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/**
 * Daily caps on what leaves in a user's name: approved e-mails and WhatsApp messages, per UTC day
 * (one bucket per user, channel and date, so the day is a calendar day, not a sliding window).
 */
@Component
public class SendCaps {

  private final Buckets buckets;
  private final LimitsProperties limits;
  private final Clock clock;

  SendCaps(Buckets buckets, LimitsProperties limits, Clock clock) {
    this.buckets = buckets;
    this.limits = limits;
    this.clock = clock;
  }

  /** Counts one approval of a {@code type} plan; a 429 when the user's cap for today is reached. */
  public void approving(String userId, IntentType type) {
    int cap = switch (type) {
      case EMAIL -> limits.emailsPerDay();
      case WHATSAPP -> limits.whatsappPerDay();
      case REMINDER, ALARM -> 0;
    };
    if (cap == 0) {
      return;
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    String key = type.wire() + ":" + userId + ":" + today;
    boolean taken = buckets.take(key, () -> BucketConfiguration.builder()
            .addLimit(Bandwidth.builder().capacity(cap).refillIntervally(cap, Duration.ofDays(1)).build())
            .build())
        .isConsumed();
    if (!taken) {
      Instant midnight = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
      String what = type == IntentType.EMAIL ? "e-mails" : "WhatsApp messages";
      throw TooManyRequests.of("daily-cap-reached", "Daily cap reached",
          "You have approved " + cap + " " + what + " today, the most allowed per day (days end at"
              + " 00:00 UTC). The draft is kept and can be approved tomorrow.",
          cap, Duration.between(now, midnight));
    }
  }
}
