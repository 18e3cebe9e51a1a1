package com.romna.activities.whatsapp;

import com.romna.activities.delivery.WhatsAppSender;
import com.romna.workflows.delivery.DeliveryCallbacks;
import com.twilio.http.TwilioRestClient;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.util.StringUtils;

/**
 * WhatsApp through Twilio, active once {@code TWILIO_ACCOUNT_SID} and {@code TWILIO_AUTH_TOKEN} are
 * set; otherwise the local outbox stays in place. Status callbacks are requested only when {@code
 * ROMNA_PUBLIC_BASE_URL} says where Twilio can reach this service.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TwilioConfiguration.CredentialsSet.class)
@EnableConfigurationProperties(TwilioProperties.class)
public class TwilioConfiguration {

  static final String STATUS_CALLBACK_PATH = "/api/webhooks/twilio/status";

  private static final Logger log = LoggerFactory.getLogger(TwilioConfiguration.class);

  @Bean
  WhatsAppSender twilioWhatsAppSender(
      TwilioProperties twilio, @Value("${romna.public-base-url:}") String publicBaseUrl) {
    String from = twilio.sender();
    String callback = statusCallback(publicBaseUrl);
    log.info(
        "WhatsApp: Twilio, from {} ({}), {}",
        from,
        twilio.usesTemplate() ? "template " + twilio.contentSid() : "free-form",
        callback == null
            ? "no status callbacks (ROMNA_PUBLIC_BASE_URL is not set)"
            : "status callbacks to " + callback);
    TwilioRestClient client =
        new TwilioRestClient.Builder(twilio.accountSid(), twilio.authToken())
            .httpClient(new TwilioHttpClient())
            .build();
    return new TwilioWhatsAppSender(client, from, twilio.contentSid(), callback);
  }

  @Bean
  DeliveryCallbacks twilioDeliveryCallbacks(
      TwilioProperties twilio, NamedParameterJdbcTemplate jdbc, Clock clock) {
    return new TwilioStatusCallbacks(twilio.authToken(), jdbc, clock);
  }

  /** {@code <base>/api/webhooks/twilio/status}, the URL the api's webhook rebuilds to check. */
  static String statusCallback(String publicBaseUrl) {
    if (!StringUtils.hasText(publicBaseUrl)) {
      return null;
    }
    return publicBaseUrl.strip().replaceAll("/+$", "") + STATUS_CALLBACK_PATH;
  }

  static class CredentialsSet extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(
        ConditionContext context, AnnotatedTypeMetadata metadata) {
      boolean set =
          StringUtils.hasText(context.getEnvironment().getProperty("romna.whatsapp.twilio.account-sid"))
              && StringUtils.hasText(
                  context.getEnvironment().getProperty("romna.whatsapp.twilio.auth-token"));
      return set
          ? ConditionOutcome.match("Twilio account SID and auth token are set")
          : ConditionOutcome.noMatch("Twilio account SID or auth token is not set");
    }
  }
}
