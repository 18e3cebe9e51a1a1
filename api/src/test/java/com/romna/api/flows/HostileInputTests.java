package com.romna.api.flows;

import static com.romna.api.support.HostileRequest.Expect.MAY_CREATE;
import static com.romna.api.support.HostileRequest.Expect.READ_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.Api;
import com.romna.api.support.HostileRequest;
import com.romna.api.support.HostileRequests;
import com.romna.api.support.EngineTest;
import com.romna.api.support.RawHttp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hundreds of generated malformed and malicious requests against the running HTTP API: bad JSON and
 * types, huge fields, control and bidi characters, injection strings, forged tokens, other users'
 * ids on every endpoint, replayed idempotency keys, requests Tomcat itself refuses. Every answer
 * must be a 4xx problem (never a 5xx, never HTML), nothing of the victim may show or change, and
 * the only rows created are the plans the API acknowledged creating.
 */
class HostileInputTests extends EngineTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final List<String> failures = new ArrayList<>();
  private int serverErrors;
  private int leaked;

  @Test
  void maliciousRequestsGetOnlyProblemsAndLeakNothing() {
    HostileRequests.Victim victim = victim();
    Map<String, Object> before = victimRows(victim);
    HostileRequests requests = new HostileRequests(victim, "hostile-" + UUID.randomUUID().toString().substring(0, 8));
    List<HostileRequest> all = requests.all();

    Set<String> acknowledged = new HashSet<>();
    Map<Integer, Integer> answers = new java.util.TreeMap<>();
    for (HostileRequest request : all) {
      RawHttp.Response response = request.send(port);
      answers.merge(response.status(), 1, Integer::sum);
      judge(request, response, victim, acknowledged);
    }
    leaked += rowsLeaked(requests.attackerPrefix(), acknowledged);
    if (!victimRows(victim).equals(before)) {
      failures.add("the victim's rows changed");
      leaked++;
    }

    System.out.printf("bad inputs: %d tried, 5xx: %d, rows leaked: %d%n", all.size(), serverErrors, leaked);
    System.out.println("answers by status: " + answers + "; plans the API acknowledged: " + acknowledged.size());
    assertThat(all.size()).isGreaterThanOrEqualTo(300);
    assertThat(failures).isEmpty();
    assertThat(serverErrors).isZero();
    assertThat(leaked).isZero();
  }

  private void judge(HostileRequest request, RawHttp.Response response, HostileRequests.Victim victim,
      Set<String> acknowledged) {
    int status = response.status();
    String name = request.name() + " -> " + status;
    if (status >= 500) {
      serverErrors++;
      failures.add(name + " " + response.body());
    }
    if (response.contentType().startsWith("text/html") || response.body().toLowerCase().contains("<html")) {
      failures.add(name + " answered HTML");
    }
    for (String secret : victim.identifiers()) {
      if (response.body().contains(secret) && !request.asText().contains(secret)) {
        leaked++;
        failures.add(name + " revealed the victim's " + secret);
      }
    }
    if (status >= 200 && status < 300) {
      if (request.expect() == MAY_CREATE) {
        JsonNode body = JSON.readTree(response.body());
        if (body.has("planId")) {
          acknowledged.add(body.get("planId").asString());
        }
      } else if (request.expect() != READ_ONLY) {
        failures.add(name + " was accepted: " + response.body());
      }
      return;
    }
    if (status < 400 || !response.contentType().startsWith("application/problem+json")) {
      failures.add(name + " is not a problem: " + response.contentType() + " " + response.body());
      return;
    }
    JsonNode problem = JSON.readTree(response.body());
    if (!problem.path("type").asString("").startsWith("urn:romna:problem:") || problem.path("detail").asString("").isBlank()) {
      failures.add(name + " has no problem type or detail: " + response.body());
    }
  }

  /** Rows of attackers that no 2xx acknowledged: plans beyond those, and any device, contact or setting. */
  private int rowsLeaked(String prefix, Set<String> acknowledged) {
    List<String> plans = jdbc.sql("SELECT id::text FROM execution_plans WHERE user_id LIKE :p")
        .param("p", prefix + "%").query(String.class).list();
    int leaks = 0;
    for (String plan : plans) {
      if (!acknowledged.contains(plan)) {
        failures.add("plan " + plan + " was created without a 2xx saying so");
        leaks++;
      }
    }
    for (String table : List.of("devices", "contacts", "user_settings")) {
      int rows = jdbc.sql("SELECT count(*) FROM " + table + " WHERE user_id LIKE :p")
          .param("p", prefix + "%").query(Integer.class).single();
      if (rows > 0) {
        failures.add(rows + " " + table + " rows of attackers");
        leaks += rows;
      }
    }
    List<String> tasks = jdbc.sql("SELECT plan_id::text FROM tasks WHERE user_id LIKE :p")
        .param("p", prefix + "%").query(String.class).list();
    for (String plan : tasks) {
      if (!acknowledged.contains(plan)) {
        failures.add("a task of plan " + plan + " that no 2xx acknowledged");
        leaks++;
      }
    }
    return leaks;
  }

  /** A user with one of everything: two plans, a device, a contact and a setting. */
  private HostileRequests.Victim victim() {
    UUID reminder = planId(decide("remind me in 3 hours to take the medicine", "Asia/Riyadh"));
    UUID email = planId(decide("send an email to sara.victim@example.com about the contract", "Asia/Riyadh",
        "Idempotency-Key", "victim-key-1"));
    String device = "victim-device-" + UUID.randomUUID() + ":APA91bVictimToken";
    assertThat(api.post("/api/devices", token, Api.json(Map.of("token", device, "platform", "ios"))).status())
        .isEqualTo(201);
    Api.Response contact = api.post("/api/contacts", token,
        Api.json(Map.of("name", "Sara", "email", "sara.victim@example.com")));
    assertThat(contact.status()).isEqualTo(201);
    assertThat(api.put("/api/settings", token, Api.json(Map.of("defaultCountryCode", "966"))).status())
        .isEqualTo(200);
    awaitStatus(reminder, "scheduled");
    awaitStatus(email, "waiting_approval");
    return new HostileRequests.Victim(user, token, reminder, email, device,
        UUID.fromString(contact.text("id")), "sara.victim@example.com", "victim-key-1");
  }

  private Map<String, Object> victimRows(HostileRequests.Victim victim) {
    return Map.of(
        "plans", jdbc.sql("SELECT id, status, payload::text, approved_at, updated_at FROM execution_plans"
            + " WHERE user_id = :u ORDER BY id").param("u", victim.user()).query().listOfRows(),
        "devices", jdbc.sql("SELECT token, user_id, platform, updated_at FROM devices WHERE token = :t")
            .param("t", victim.device()).query().listOfRows(),
        "contacts", jdbc.sql("SELECT id, name, email FROM contacts WHERE user_id = :u")
            .param("u", victim.user()).query().listOfRows(),
        "settings", jdbc.sql("SELECT default_country_code FROM user_settings WHERE user_id = :u")
            .param("u", victim.user()).query().listOfRows());
  }
}
