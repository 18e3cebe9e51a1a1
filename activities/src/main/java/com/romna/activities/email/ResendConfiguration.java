package com.romna.activities.email;

import com.resend.Resend;
import com.romna.activities.delivery.EmailSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Real email through Resend, active only when {@code RESEND_API_KEY} is set; otherwise the local
 * outbox of {@code ActivitiesConfiguration} stays in place.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ResendConfiguration.ApiKeySet.class)
@EnableConfigurationProperties(EmailProperties.class)
public class ResendConfiguration {

  private static final Logger log = LoggerFactory.getLogger(ResendConfiguration.class);

  @Bean
  EmailSender resendEmailSender(EmailProperties email) {
    if (!EmailProperties.hasText(email.from())) {
      // Failing at start-up beats failing every approved email hours later.
      throw new IllegalStateException(
          "RESEND_API_KEY is set but ROMNA_EMAIL_FROM (romna.email.from) is not: set it to the"
              + " sender on a domain verified at Resend, e.g. \"ROMNA <noreply@example.com>\"");
    }
    String from = email.from().strip();
    log.info("email: Resend, from {}", from);
    return new ResendEmailSender(new Resend(email.resendApiKey().strip()).emails(), from);
  }

  /**
   * The YAML default for the key is empty, and {@code @ConditionalOnProperty} counts an empty value
   * as set; only a key with text turns Resend on.
   */
  static class ApiKeySet implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return EmailProperties.hasText(
          context.getEnvironment().getProperty("romna.email.resend-api-key"));
    }
  }
}
