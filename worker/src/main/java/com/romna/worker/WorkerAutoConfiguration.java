package com.romna.worker;

import com.romna.activities.ActivitiesConfiguration;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.spring.boot.TemporalOptionsCustomizer;
import io.temporal.spring.boot.autoconfigure.ServiceStubsAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Hosts the Temporal worker: the activity beans it registers and, for the local default, an
 * in-process Temporal server. Workflow and activity registration itself is declared under {@code
 * spring.temporal.workers} and carried out by Temporal's Spring Boot starter.
 */
@AutoConfiguration(before = ServiceStubsAutoConfiguration.class)
@Import(ActivitiesConfiguration.class)
public class WorkerAutoConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnProperty(name = "romna.temporal.embedded", havingValue = "auto", matchIfMissing = true)
  EmbeddedTemporal embeddedTemporal(@Value("${spring.temporal.connection.target}") String target) {
    return EmbeddedTemporal.startUnlessAnswering(target);
  }

  // Taking the embedded server as a parameter orders its start before the service stubs connect.
  @Bean
  @ConditionalOnProperty(name = "romna.temporal.embedded", havingValue = "auto", matchIfMissing = true)
  TemporalOptionsCustomizer<WorkflowServiceStubsOptions.Builder> embeddedTemporalFirst(
      EmbeddedTemporal embeddedTemporal) {
    return builder -> builder;
  }
}
