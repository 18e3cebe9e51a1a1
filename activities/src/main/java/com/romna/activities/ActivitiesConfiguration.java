package com.romna.activities;

import com.romna.activities.delivery.AlarmActivitiesImpl;
import com.romna.activities.delivery.ApprovalReminders;
import com.romna.activities.delivery.CancelFence;
import com.romna.activities.delivery.DeliveryLedger;
import com.romna.activities.delivery.DeliveryMetrics;
import com.romna.activities.delivery.DeliveryService;
import com.romna.activities.delivery.DeliverySettings;
import com.romna.activities.delivery.HeldSends;
import com.romna.activities.delivery.EmailActivitiesImpl;
import com.romna.activities.delivery.EmailSender;
import com.romna.activities.delivery.LocalOutbox;
import com.romna.activities.delivery.NotificationActivitiesImpl;
import com.romna.activities.delivery.PlanMessages;
import com.romna.activities.delivery.PushSender;
import com.romna.activities.delivery.WhatsAppActivitiesImpl;
import com.romna.activities.delivery.WhatsAppSender;
import com.romna.activities.email.ResendConfiguration;
import com.romna.activities.plan.PlanActivitiesImpl;
import com.romna.activities.plan.PlanRecorder;
import com.romna.activities.push.FcmConfiguration;
import com.romna.activities.whatsapp.TwilioConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.temporal.client.WorkflowClient;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The activity beans the worker registers (names listed under {@code spring.temporal.workers}).
 * Each channel's sender defaults to the local outbox; a provider configuration that defines the
 * sender bean replaces it.
 */
@Configuration(proxyBeanMethods = false)
@Import({FcmConfiguration.class, ResendConfiguration.class, TwilioConfiguration.class})
@EnableConfigurationProperties(DeliverySettings.class)
public class ActivitiesConfiguration {

  private static final Logger log = LoggerFactory.getLogger(ActivitiesConfiguration.class);

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  PlanRecorder planRecorder(NamedParameterJdbcTemplate jdbc, Clock clock) {
    return new PlanRecorder(jdbc, clock);
  }

  @Bean
  DeliveryLedger deliveryLedger(NamedParameterJdbcTemplate jdbc, PlanRecorder planRecorder, Clock clock) {
    return new DeliveryLedger(jdbc, planRecorder, clock);
  }

  @Bean
  CancelFence cancelFence(
      NamedParameterJdbcTemplate jdbc,
      ObjectProvider<PlatformTransactionManager> transactions,
      PlanRecorder planRecorder,
      DeliveryLedger ledger,
      Clock clock) {
    PlatformTransactionManager manager = transactions.getIfAvailable(
        () -> new DataSourceTransactionManager(jdbc.getJdbcTemplate().getDataSource()));
    return new CancelFence(jdbc, new TransactionTemplate(manager), planRecorder, ledger, clock);
  }

  /** Absent without a Temporal client (configuration tests): sends then leave when the activity runs. */
  @Bean
  HeldSends heldSends(ObjectProvider<WorkflowClient> client, DeliveryLedger ledger, Clock clock,
      DeliverySettings settings) {
    WorkflowClient temporal = client.getIfAvailable();
    return temporal == null ? null
        : new HeldSends(temporal.newActivityCompletionClient(), ledger, clock, settings);
  }

  @Bean
  DeliveryService deliveryService(
      NamedParameterJdbcTemplate jdbc,
      DeliveryLedger ledger,
      Clock clock,
      ObjectProvider<MeterRegistry> meters,
      ObjectProvider<HeldSends> held) {
    DeliveryMetrics metrics =
        meters.getIfAvailable() == null
            ? DeliveryMetrics.none()
            : new DeliveryMetrics(meters.getIfAvailable(), clock);
    return new DeliveryService(new PlanMessages(jdbc), ledger, metrics, held.getIfAvailable());
  }

  @Bean
  @ConditionalOnMissingBean
  PushSender pushSender() {
    log.info("push notifications and alarms: no FCM credentials, delivering to the local outbox");
    return new LocalOutbox.Push();
  }

  @Bean
  @ConditionalOnMissingBean
  EmailSender emailSender() {
    log.info("email: no Resend credentials, delivering to the local outbox");
    return new LocalOutbox.Email();
  }

  @Bean
  @ConditionalOnMissingBean
  WhatsAppSender whatsAppSender() {
    log.info("WhatsApp: no Twilio credentials, delivering to the local outbox");
    return new LocalOutbox.WhatsApp();
  }

  @Bean
  PlanActivitiesImpl planActivities(PlanRecorder planRecorder, CancelFence cancelFence) {
    return new PlanActivitiesImpl(planRecorder, cancelFence);
  }

  @Bean
  NotificationActivitiesImpl notificationActivities(
      NamedParameterJdbcTemplate jdbc, DeliveryService deliveries, PushSender push) {
    return new NotificationActivitiesImpl(
        deliveries, new ApprovalReminders(new PlanMessages(jdbc), deliveries), push);
  }

  @Bean
  AlarmActivitiesImpl alarmActivities(DeliveryService deliveries, PushSender push) {
    return new AlarmActivitiesImpl(deliveries, push);
  }

  @Bean
  EmailActivitiesImpl emailActivities(DeliveryService deliveries, EmailSender email) {
    return new EmailActivitiesImpl(deliveries, email);
  }

  @Bean
  WhatsAppActivitiesImpl whatsAppActivities(DeliveryService deliveries, WhatsAppSender whatsApp) {
    return new WhatsAppActivitiesImpl(deliveries, whatsApp);
  }
}
