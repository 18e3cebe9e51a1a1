package com.romna.api;

import com.romna.api.voice.PrayerProperties;
import com.romna.understanding.Understanding;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

// Scheduling: the re-drive's pass every minute; its scheduler also fires the deadlines of calls to
// Temporal (PlanEngine).
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ApiConfiguration {

  // One clock for "now" everywhere, so tests can run it on Temporal's skipped time.
  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  Understanding understanding(PrayerProperties prayer) {
    return new Understanding((int) prayer.after().toMinutes(), (int) prayer.before().toMinutes());
  }
}
