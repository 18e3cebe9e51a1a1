package com.romna.activities.push;

import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import com.google.firebase.messaging.FirebaseMessaging;
import com.romna.activities.delivery.PushSender;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Push through Firebase Cloud Messaging, active only when Firebase credentials are configured
 * ({@code GOOGLE_APPLICATION_CREDENTIALS} or {@code ROMNA_FIREBASE_CREDENTIALS}); otherwise the
 * local outbox delivers reminders and alarms.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(FcmConfiguration.CredentialsConfigured.class)
@EnableConfigurationProperties(PushProperties.class)
public class FcmConfiguration {

  private static final Logger log = LoggerFactory.getLogger(FcmConfiguration.class);

  // A named app, not the default one: tests and other libraries may create their own.
  static final String APP_NAME = "romna-push";

  // One FCM call must fit well inside the delivery activity's 30 s start-to-close timeout, even
  // with the SDK's own short retries of a 503.
  private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
  private static final int READ_TIMEOUT_MILLIS = 10_000;

  @Bean(destroyMethod = "delete")
  FirebaseApp romnaFirebaseApp(PushProperties properties) {
    FcmCredentials credentials = FcmCredentials.load(properties);
    FirebaseOptions options =
        FirebaseOptions.builder()
            .setCredentials(credentials.credentials())
            .setProjectId(credentials.projectId())
            .setConnectTimeout(CONNECT_TIMEOUT_MILLIS)
            .setReadTimeout(READ_TIMEOUT_MILLIS)
            .build();
    log.info("push: Firebase Cloud Messaging, project {}", credentials.projectId());
    return FirebaseApp.initializeApp(options, APP_NAME);
  }

  @Bean
  FirebaseMessaging romnaFirebaseMessaging(FirebaseApp romnaFirebaseApp) {
    return FirebaseMessaging.getInstance(romnaFirebaseApp);
  }

  @Bean
  PushSender fcmPushSender(
      FirebaseMessaging romnaFirebaseMessaging, NamedParameterJdbcTemplate jdbc, Clock clock) {
    return new FcmPushSender(romnaFirebaseMessaging, jdbc, clock);
  }

  static class CredentialsConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return Binder.get(context.getEnvironment())
          .bind("romna.push", PushProperties.class)
          .map(PushProperties::configured)
          .orElse(false);
    }
  }
}
