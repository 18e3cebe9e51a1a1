package com.romna.api.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.romna.activities.email.FakeResend;
import com.romna.activities.push.FakeFcm;
import com.romna.activities.whatsapp.FakeTwilio;
import com.romna.api.RomnaApplication;
import com.romna.api.support.Api;
import com.romna.api.support.CuttableProxy;
import com.romna.api.support.ProviderCrashes;
import com.romna.api.support.ProviderFakesConfiguration;
import com.romna.api.support.ServiceTest;
import com.romna.api.support.TestPostgres;
import com.romna.worker.ExecutionWorker;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on Temporal's time-skipping test server, delivering through the real provider
 * SDKs to fake provider servers, with its PostgreSQL behind a proxy a test can cut, and a worker a
 * test can stop and start. The re-drive runs every two seconds (of wall-clock time). The test
 * server stops skipping time while a workflow task waits for a worker, so no scenario lets time
 * pass while its worker is down.
 */
@SpringBootTest(
    classes = RomnaApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.temporal.test-server.enabled=true",
      "romna.temporal.embedded=never",
      "spring.datasource.username=postgres",
      "spring.datasource.password=",
      "spring.datasource.hikari.connection-timeout=2000",
      "romna.public-base-url=" + ProviderFakesConfiguration.PUBLIC_BASE_URL,
      "romna.plans.redrive-every=2s",
      "romna.plans.answer-wait=5s",
      // Lost workers are part of these scenarios; see WorkerSettings#stickyQueueTimeout.
      "romna.worker.sticky-queue-timeout=0s"
    })
@Import(ProviderFakesConfiguration.class)
abstract class FaultRig extends ServiceTest {

  static final CuttableProxy DATABASE = new CuttableProxy(TestPostgres.port());
  // Created once: property suppliers may be called more than once.
  private static final String URL = TestPostgres.newDatabase(DATABASE.port());

  @DynamicPropertySource
  static void databaseBehindTheProxy(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> URL);
  }

  @Autowired FakeFcm fcm;
  @Autowired FakeResend resend;
  @Autowired FakeTwilio twilio;
  @Autowired ProviderCrashes crashes;
  @Autowired ExecutionWorker worker;
  @Autowired HikariDataSource pool;

  /** A WhatsApp number of this scenario's own, so provider counts are its own. */
  static String number() {
    // 050: a Saudi mobile prefix libphonenumber accepts (not every 05x is one).
    return "+96650" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
  }

  static MappingBuilder sendTo(String number) {
    return FakeTwilio.send().withRequestBody(
        containing(URLEncoder.encode("whatsapp:" + number, StandardCharsets.UTF_8)));
  }

  /** Twilio refuses this number's first {@code times} messages (HTTP 503), then creates one. */
  void twilioFailsThenCreates(String number, int times, String sid) {
    String scenario = "storm-" + number;
    String state = com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
    for (int i = 1; i <= times; i++) {
      twilio.stubFor(sendTo(number).inScenario(scenario).whenScenarioStateIs(state)
          .willReturn(FakeTwilio.error(503, 20500, "Service unavailable")).willSetStateTo("failed-" + i));
      state = "failed-" + i;
    }
    twilio.stubFor(sendTo(number).inScenario(scenario).whenScenarioStateIs(state)
        .willReturn(FakeTwilio.created(sid, "whatsapp:" + number, "the gate code changed")));
  }

  /** An approved WhatsApp draft, due at once. */
  UUID whatsApp(String number) {
    UUID planId = draft("send a whatsapp to " + number + " that the gate code changed");
    assertThat(approve(planId).status()).isIn(200, 409);
    return planId;
  }

  UUID draft(String transcript) {
    Api.Response created = decide(transcript, "UTC");
    assertThat(created.status()).isEqualTo(201);
    return planId(created);
  }

  Api.Response cancel(UUID planId) {
    return api.post("/api/plans/" + planId + "/cancel", token, "");
  }

  /** A device of this user's own that FCM accepts messages for. */
  String device() {
    String device = "fcm-" + UUID.randomUUID() + ":APA91b";
    Api.Response registered =
        api.post("/api/devices", token, Api.json(Map.of("token", device, "platform", "android")));
    assertThat(registered.status()).isEqualTo(201);
    return device;
  }

  void awaitDeliveryRow(UUID planId, String status) {
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(deliveryRows(planId)).anySatisfy(row -> assertThat(row).containsEntry("status", status)));
  }

  /** Whatever a scenario broke is mended before the next one runs. */
  @AfterEach
  void mend() {
    restoreDatabase();
    if (!worker.isRunning()) {
      worker.start();
    }
  }

  /**
   * PostgreSQL is reachable again. The pool's connections died with the cut; they are let go at
   * once, as a pool does once it notices, so that the next request does not meet a dead one.
   */
  void restoreDatabase() {
    DATABASE.restore();
    pool.getHikariPoolMXBean().softEvictConnections();
    await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
        .until(() -> jdbc.sql("SELECT 1").query(Integer.class).single() == 1);
  }

  /** A lost worker comes back: the old one stops (its polls and sticky tasks with it), a new one starts. */
  void restartWorker() {
    worker.stop();
    worker.start();
  }
}
