package com.romna.api.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.romna.api.support.Api;
import com.romna.api.support.EngineTest;
import com.romna.api.support.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console's live stream: a delivery reaches the user's open page as it happens, whichever
 * process made it (learned from PostgreSQL), never another user's page, and a page that was away
 * gets what it missed.
 */
class LiveStreamTests extends EngineTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @Autowired PostgresNotifications notifications;

  @BeforeEach
  void listening() {
    await().atMost(WAIT).until(notifications::isListening);
  }

  @Test
  void reminderIsPushedToTheUsersOpenStreamWhenItFiresAndToNoOneElse() throws Exception {
    String stranger = Api.tokenFor("stranger-" + UUID.randomUUID());
    try (EventStream mine = new EventStream(port, token, null);
        EventStream theirs = new EventStream(port, stranger, null)) {
      assertThat(mine.status()).isEqualTo(200);
      assertThat(mine.contentType()).startsWith("text/event-stream");
      mine.next("ready", WAIT);
      theirs.next("ready", WAIT);

      UUID planId = planId(decide("remind me in 30 minutes to call mom", "Asia/Riyadh"));
      JsonNode scheduled = mine.next("plan", WAIT).json();
      assertThat(scheduled.get("plan").get("planId").asString()).isEqualTo(planId.toString());

      env.sleep(Duration.ofMinutes(31));
      JsonNode delivered = mine.next("delivery", WAIT).json();
      assertThat(delivered.get("plan").get("planId").asString()).isEqualTo(planId.toString());
      assertThat(delivered.get("plan").get("timezone").asString()).isEqualTo("Asia/Riyadh");
      JsonNode delivery = delivered.get("delivery");
      assertThat(delivery.get("channel").asString()).isEqualTo("notification");
      assertThat(delivery.get("provider").asString()).isEqualTo("local");
      assertThat(delivery.get("status").asString()).isEqualTo("delivered");
      assertThat(delivery.get("content").get("title").asString()).isEqualTo("call mom");
      assertThat(delivered.get("replayed").asBoolean()).isFalse();

      assertThat(theirs.during(Duration.ofSeconds(1)))
          .noneMatch(e -> e.data().contains(planId.toString()));
    }
  }

  @Test
  void anApprovalReminderInTheLocalOutboxReachesTheOpenPage() throws Exception {
    UUID planId = planId(decide("Send email to john@example.com about meeting tomorrow", "UTC"));
    try (EventStream mine = new EventStream(port, token, null)) {
      mine.next("ready", WAIT);

      env.sleep(Duration.ofDays(7).minusMinutes(59)); // the default: an hour before the draft expires
      JsonNode reminded = mine.next("delivery", WAIT).json();
      assertThat(reminded.get("plan").get("planId").asString()).isEqualTo(planId.toString());
      assertThat(reminded.get("plan").get("status").asString()).isEqualTo("waiting_approval");
      JsonNode delivery = reminded.get("delivery");
      assertThat(delivery.get("purpose").asString()).isEqualTo("approval_reminder");
      assertThat(delivery.get("provider").asString()).isEqualTo("local");
      assertThat(delivery.get("content").get("type").asString()).isEqualTo("approval_reminder");
      assertThat(delivery.get("content").get("body").asString()).startsWith("Email \u201c")
          .contains(" to john@example.com expires ").endsWith("(UTC) unless you approve it.");
    }
  }

  @Test
  void pageThatWasAwayGetsTheDeliveriesItMissedWhenItReconnects() throws Exception {
    String lastSeen;
    try (EventStream before = new EventStream(port, token, null)) {
      lastSeen = before.next("ready", WAIT).id();
    }
    UUID planId = planId(decide("remind me in 10 minutes to stretch", "UTC"));
    env.sleep(Duration.ofMinutes(11));
    awaitStatus(planId, "executed");

    try (EventStream after = new EventStream(port, token, lastSeen)) {
      after.next("ready", WAIT);
      JsonNode missed = after.next("delivery", WAIT).json();
      assertThat(missed.get("plan").get("planId").asString()).isEqualTo(planId.toString());
      assertThat(missed.get("replayed").asBoolean()).isTrue();
      assertThat(missed.get("delivery").get("content").get("title").asString()).isEqualTo("stretch");
    }
  }

  @Test
  void deliveryWrittenByAnotherProcessReachesThePage() throws Exception {
    UUID planId = planId(decide("remind me in 2 hours to water the plants", "UTC"));
    UUID deliveryId = UUID.randomUUID();
    try (EventStream page = new EventStream(port, token, null);
        Connection worker = DriverManager.getConnection(TestPostgres.jdbcUrl(), "postgres", "");
        var insert = worker.prepareStatement(
            "INSERT INTO deliveries (id, plan_id, user_id, channel, provider, idempotency_key, status,"
                + " content, created_at, updated_at) VALUES (?, ?, ?, 'notification', 'local', ?, 'delivered',"
                + " '{\"title\": \"water the plants\"}'::jsonb, now(), now())")) {
      page.next("ready", WAIT);
      // What a worker in another process does: write the row; this process only LISTENs.
      insert.setObject(1, deliveryId);
      insert.setObject(2, planId);
      insert.setString(3, user);
      insert.setString(4, "elsewhere-" + deliveryId);
      insert.executeUpdate();

      JsonNode delivery = page.next("delivery", WAIT).json().get("delivery");
      assertThat(delivery.get("id").asString()).isEqualTo(deliveryId.toString());
      assertThat(delivery.get("content").get("title").asString()).isEqualTo("water the plants");
    }
  }

  @Test
  void streamNeedsAToken() {
    Api.Response response = api.get("/api/live", null);
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  @Test
  void databaseNoticesCarryIdentifiersButNoPersonalContent() throws Exception {
    List<String> payloads = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(TestPostgres.jdbcUrl(), "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("LISTEN " + PostgresNotifications.CHANNEL);
      UUID planId = planId(decide("remind me in 5 minutes to pay the zebra invoice", "Asia/Riyadh"));
      env.sleep(Duration.ofMinutes(6));
      awaitStatus(planId, "executed");
      await().atMost(WAIT).untilAsserted(() -> {
        PGNotification[] notices = connection.unwrap(PGConnection.class).getNotifications(200);
        if (notices != null) {
          for (PGNotification notice : notices) {
            payloads.add(notice.getParameter());
          }
        }
        assertThat(payloads).anyMatch(p -> p.contains("\"delivery\"") && p.contains(planId.toString()));
      });
    }
    JsonMapper json = JsonMapper.builder().build();
    for (String payload : payloads) {
      assertThat(json.readTree(payload).propertyNames())
          .isSubsetOf("kind", "id", "planId", "userId", "status");
      assertThat(payload).doesNotContain("zebra", "invoice");
    }
  }
}
