package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.activities.plan.PlanActivitiesImpl;
import com.romna.api.RomnaApplication;
import com.romna.api.support.Api;
import com.romna.api.support.EngineTestConfiguration;
import com.romna.api.support.TestPostgres;
import com.romna.worker.ExecutionWorker;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** One application, three roles: api (no worker), worker (no business endpoints), all (both). */
class RoleTests {

  private final String token = Api.tokenFor("role-user");

  private static ConfigurableApplicationContext start(String role) {
    return new SpringApplicationBuilder(RomnaApplication.class, EngineTestConfiguration.class)
        // Command-line arguments: they outrank application.yml (builder properties would not).
        .run(
            "--server.port=0",
            "--romna.role=" + role,
            "--romna.plans.answer-wait=1s",
            "--spring.temporal.test-server.enabled=true",
            "--romna.temporal.embedded=never",
            "--spring.datasource.url=" + TestPostgres.newDatabase(),
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=");
  }

  private static Api api(ConfigurableApplicationContext service) {
    return new Api(service.getEnvironment().getProperty("local.server.port", Integer.class));
  }

  @Test
  void apiRoleServesTheApiAndStartsNoWorker() {
    try (ConfigurableApplicationContext service = start("api")) {
      assertThat(service.getBeansOfType(ExecutionWorker.class)).isEmpty();
      assertThat(service.getBeansOfType(PlanActivitiesImpl.class)).isEmpty();

      Api api = api(service);
      assertThat(api.get("/api/plans", token).status()).isEqualTo(200);
      Api.Response created =
          api.post("/api/voice/decide", token, Api.json(Map.of("transcript", "remind me in 2 hours")));
      assertThat(created.status()).isEqualTo(201);
      // No worker in this process: the plan is accepted and waits for one.
      assertThat(created.text("status")).isEqualTo("pending");
    }
  }

  @Test
  void workerRoleRunsTheWorkerAndExposesNoPlanEndpoints() {
    try (ConfigurableApplicationContext service = start("worker")) {
      assertThat(service.getBean(ExecutionWorker.class).isRunning()).isTrue();

      Api api = api(service);
      assertThat(api.get("/api/plans", token).status()).isEqualTo(404);
      assertThat(
              api.post("/api/voice/decide", token, Api.json(Map.of("transcript", "remind me in 2 hours")))
                  .status())
          .isEqualTo(404);
      assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
    }
  }
}
