package com.romna.local;

import com.romna.worker.Roles;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.spring.boot.TemporalOptionsCustomizer;
import io.temporal.spring.boot.autoconfigure.ServiceStubsAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;

/**
 * The local run's Temporal: only when API and worker share this JVM, because the in-memory test
 * server loses workflows in flight if it outlives a worker restart.
 */
@AutoConfiguration(before = ServiceStubsAutoConfiguration.class)
@ConditionalOnExpression(
    Roles.RUNS_BOTH + " and '${romna.temporal.embedded:auto}' == 'auto'"
        + " and !${spring.temporal.test-server.enabled:false}")
public class EmbeddedTemporalAutoConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedTemporal embeddedTemporal(@Value("${spring.temporal.connection.target}") String target) {
    return EmbeddedTemporal.startUnlessAnswering(target);
  }

  // Taking the embedded server as a parameter orders its start before the service stubs connect;
  // the client then connects where it really listens (its own free port if the configured one was
  // held by another copy).
  @Bean
  TemporalOptionsCustomizer<WorkflowServiceStubsOptions.Builder> embeddedTemporalTarget(
      EmbeddedTemporal embeddedTemporal) {
    return builder -> builder.setTarget(embeddedTemporal.target());
  }
}
