package com.romna.api.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Runs the service on Temporal's time-skipping test server ({@link TestServerClock}), with the
 * local outbox for every channel. The push sender can be told to fail once, to prove retries send
 * once.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(TestServerClock.class)
public class EngineTestConfiguration {

  @Bean
  FlakyPushSender pushSender() {
    return new FlakyPushSender();
  }
}
