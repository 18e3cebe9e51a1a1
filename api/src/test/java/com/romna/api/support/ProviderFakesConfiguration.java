package com.romna.api.support;

import com.romna.activities.delivery.EmailSender;
import com.romna.activities.delivery.PushSender;
import com.romna.activities.delivery.WhatsAppSender;
import com.romna.activities.email.FakeResend;
import com.romna.activities.email.ResendFakes;
import com.romna.activities.push.FakeFcm;
import com.romna.activities.push.FcmFakes;
import com.romna.activities.whatsapp.FakeTwilio;
import com.romna.activities.whatsapp.TwilioFakes;
import com.romna.workflows.delivery.DeliveryCallbacks;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The three real provider senders (firebase-admin, resend-java, twilio) talking to local fake
 * servers (each can be made to crash after sending: {@link ProviderCrashes}), plus Twilio's real
 * status-callback handler. They replace the local outbox exactly as
 * the provider configurations do in production (the outbox beans are conditional on no sender).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(TestServerClock.class)
public class ProviderFakesConfiguration {

  /** Where Twilio is told to send status callbacks; the webhook checks signatures against it. */
  public static final String PUBLIC_BASE_URL = "https://romna.example.com";

  @Bean(destroyMethod = "close")
  FakeFcm fakeFcm(@Qualifier("temporalTestWorkflowEnvironment") TestWorkflowEnvironment env) {
    FakeFcm fcm = new FakeFcm();
    // Requests are timed on the service's (skipped) clock, so tests can say when a push left.
    fcm.timedBy(env::currentTimeMillis);
    return fcm;
  }

  @Bean(destroyMethod = "close")
  FakeResend fakeResend() {
    FakeResend resend = new FakeResend();
    resend.accepts();
    return resend;
  }

  @Bean(destroyMethod = "close")
  FakeTwilio fakeTwilio() {
    return new FakeTwilio();
  }

  @Bean
  ProviderCrashes providerCrashes() {
    return new ProviderCrashes();
  }

  @Bean
  PushSender fcmPushSender(FakeFcm fcm, NamedParameterJdbcTemplate jdbc, Clock clock, ProviderCrashes crashes) {
    return crashes.wrap(PushSender.class, FcmFakes.sender(fcm, jdbc, clock));
  }

  @Bean
  EmailSender resendEmailSender(FakeResend resend, ProviderCrashes crashes) {
    return crashes.wrap(EmailSender.class, ResendFakes.sender(resend, FakeResend.FROM));
  }

  @Bean
  WhatsAppSender twilioWhatsAppSender(FakeTwilio twilio, ProviderCrashes crashes) {
    return crashes.wrap(WhatsAppSender.class, TwilioFakes.sender(twilio, PUBLIC_BASE_URL));
  }

  @Bean
  DeliveryCallbacks twilioDeliveryCallbacks(NamedParameterJdbcTemplate jdbc, Clock clock) {
    return TwilioFakes.callbacks(jdbc, clock);
  }
}
