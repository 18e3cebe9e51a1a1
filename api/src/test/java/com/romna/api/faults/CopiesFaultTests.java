package com.romna.api.faults;

import static com.romna.api.faults.FaultLedger.duplicates;
import static com.romna.api.faults.FaultLedger.lost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.romna.api.RomnaApplication;
import com.romna.api.support.Api;
import com.romna.api.support.PlanRows;
import com.romna.api.support.TestPostgres;
import com.romna.local.EmbeddedTemporal;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Faults of the surroundings, each with whole services of its own: a Temporal that does not
 * answer, and a second copy of the service on the same machine (on wall-clock time, as the local
 * run is).
 */
class CopiesFaultTests {

  private final String user = "user-" + UUID.randomUUID();
  private final String token = Api.tokenFor(user);

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static ConfigurableApplicationContext start(String database, String... more) {
    String[] base = {
      "--server.port=0",
      "--spring.datasource.url=" + database,
      "--spring.datasource.username=postgres",
      "--spring.datasource.password=",
      "--romna.plans.redrive-every=1s"
    };
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    // Command-line arguments: they outrank application.yml (builder properties would not).
    return new SpringApplicationBuilder(RomnaApplication.class).run(args);
  }

  private Api.Response decide(ConfigurableApplicationContext service, String transcript) {
    Api api = new Api(service.getEnvironment().getProperty("local.server.port", Integer.class));
    return api.post("/api/voice/decide", token, Api.json(Map.of("transcript", transcript, "timezone", "UTC")));
  }

  private static JdbcClient jdbc(ConfigurableApplicationContext service) {
    return service.getBean(JdbcClient.class);
  }

  @Test
  void temporalUnreachableAtIntake() throws IOException {
    String database = TestPostgres.newDatabase();
    try (ConfigurableApplicationContext api = start(database,
        "--romna.role=api",
        "--romna.temporal.embedded=never",
        "--romna.plans.answer-wait=2s",
        "--spring.temporal.connection.target=127.0.0.1:" + freePort())) {

      Api.Response refused = decide(api, "remind me in 1 hour to call the bank");

      assertThat(refused.status()).isEqualTo(503);
      assertThat(refused.text("type")).isEqualTo("urn:romna:problem:engine-unavailable");
      int left = jdbc(api).sql("SELECT count(*) FROM execution_plans WHERE user_id = :user")
          .param("user", user).query(Integer.class).single();
      assertThat(left).isZero(); // no half-made plan that nothing would execute
      FaultLedger.record("Temporal unreachable at intake", left, 0);
    }
  }

  @Test
  void aSecondCopyStartedBesideTheFirst() throws IOException {
    String address = "--spring.temporal.connection.target=localhost:" + freePort();
    try (ConfigurableApplicationContext first = start(TestPostgres.newDatabase(), address);
        ConfigurableApplicationContext second = start(TestPostgres.newDatabase(), address)) {
      String firstTemporal = first.getBean(EmbeddedTemporal.class).target();
      String secondTemporal = second.getBean(EmbeddedTemporal.class).target();
      assertThat(secondTemporal).isNotEqualTo(firstTemporal).startsWith("127.0.0.1:");

      int lost = 0;
      int duplicates = 0;
      for (ConfigurableApplicationContext copy : new ConfigurableApplicationContext[] {first, second}) {
        Api.Response created = decide(copy, "remind me in 2 hours to call grandma");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("status")).isEqualTo("scheduled");
        UUID due = PlanRows.reminderWithoutAWorkflow(jdbc(copy), user, Instant.now().minus(Duration.ofMinutes(3)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "executed".equals(status(copy, due)));
        lost += lost(status(copy, due), "executed");
        duplicates += duplicates(jdbc(copy).sql("SELECT count(*) FROM deliveries WHERE plan_id = :id")
            .param("id", due).query(Long.class).single());
      }
      FaultLedger.record("a second copy started beside the first", lost, duplicates);
    }
  }



  private static String status(ConfigurableApplicationContext copy, UUID planId) {
    return jdbc(copy).sql("SELECT status FROM execution_plans WHERE id = :id")
        .param("id", planId).query(String.class).single();
  }
}
