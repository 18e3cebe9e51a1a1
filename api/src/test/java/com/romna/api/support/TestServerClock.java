package com.romna.api.support;

import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * "Now" everywhere (API and activities) is the clock of Temporal's time-skipping test server, so a
 * test that skips two hours sees the service act as if two hours had passed.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestServerClock {

  @Bean
  @Primary
  Clock temporalClock(@Qualifier("temporalTestWorkflowEnvironment") TestWorkflowEnvironment env) {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Instant instant() {
        return Instant.ofEpochMilli(env.currentTimeMillis());
      }
    };
  }
}
