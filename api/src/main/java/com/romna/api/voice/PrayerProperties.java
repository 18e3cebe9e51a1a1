package com.romna.api.voice;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How prayer-relative requests are timed.
 *
 * @param after how long after a prayer "after maghrib" / "بعد المغرب" is (the prayer itself takes about that)
 * @param before how long before a prayer "before maghrib" is when no amount is said
 */
@ConfigurationProperties("romna.prayer")
public record PrayerProperties(Duration after, Duration before) {

  public PrayerProperties {
    after = after == null || after.isNegative() ? Duration.ofMinutes(20) : after;
    before = before == null || before.isNegative() ? Duration.ofMinutes(15) : before;
  }
}
