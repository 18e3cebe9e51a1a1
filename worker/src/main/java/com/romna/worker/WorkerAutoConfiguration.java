package com.romna.worker;

import com.romna.activities.ActivitiesConfiguration;
import com.romna.activities.delivery.AlarmActivitiesImpl;
import com.romna.activities.delivery.EmailActivitiesImpl;
import com.romna.activities.delivery.NotificationActivitiesImpl;
import com.romna.activities.delivery.WhatsAppActivitiesImpl;
import com.romna.activities.plan.PlanActivitiesImpl;
import io.temporal.client.WorkflowClient;
import io.temporal.spring.boot.autoconfigure.RootNamespaceAutoConfiguration;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The Temporal worker and the activity beans it runs; absent in the api-only role. */
@AutoConfiguration(after = RootNamespaceAutoConfiguration.class)
@ConditionalOnExpression(Roles.RUNS_WORKER)
@EnableConfigurationProperties(WorkerSettings.class)
@Import(ActivitiesConfiguration.class)
public class WorkerAutoConfiguration {

  @Bean
  ExecutionWorker executionWorker(
      WorkflowClient client,
      PlanActivitiesImpl plans,
      NotificationActivitiesImpl notifications,
      AlarmActivitiesImpl alarms,
      EmailActivitiesImpl emails,
      WhatsAppActivitiesImpl whatsApp,
      WorkerSettings settings) {
    return new ExecutionWorker(
        client, List.of(plans, notifications, alarms, emails, whatsApp), settings);
  }
}
