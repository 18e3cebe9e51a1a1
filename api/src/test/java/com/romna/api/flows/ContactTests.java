package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.Api;
import com.romna.api.support.EngineTest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The people "email Sara" and "واتساب لأحمد" reach: each user's own, validated, numbers in E.164. */
class ContactTests extends EngineTest {

  private Api.Response create(String token, String... fields) {
    Map<String, String> body = new HashMap<>();
    for (int i = 0; i + 1 < fields.length; i += 2) {
      body.put(fields[i], fields[i + 1]);
    }
    return api.post("/api/contacts", token, Api.json(body));
  }

  private JsonNode contacts(String token) {
    return api.get("/api/contacts", token).body().get("contacts");
  }

  private int storedContacts() {
    return jdbc.sql("SELECT count(*) FROM contacts WHERE user_id = :user")
        .param("user", user)
        .query(Integer.class)
        .single();
  }

  private void assertProblem(Api.Response response, int status, String type) {
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.text("type")).isEqualTo("urn:romna:problem:" + type);
    assertThat(response.text("detail")).isNotBlank();
  }

  @Test
  void creatingAContactKeepsItsNameAndAddresses() {
    Instant before = now().truncatedTo(ChronoUnit.SECONDS);

    Api.Response created = create(token, "name", "Sara", "email", "sara@example.com", "phone", "+966 50 123 4567");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.text("name")).isEqualTo("Sara");
    assertThat(created.text("email")).isEqualTo("sara@example.com");
    assertThat(created.text("phone")).isEqualTo("+966501234567");
    UUID id = UUID.fromString(created.text("id"));
    var row = jdbc.sql("SELECT user_id, name_key, phone_e164, created_at FROM contacts WHERE id = :id")
        .param("id", id)
        .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getObject(4, OffsetDateTime.class).toInstant().toString()))
        .single();
    assertThat(row).containsExactly(user, "sara", "+966501234567", created.text("createdAt"));
    assertThat(Instant.parse(created.text("createdAt"))).isAfterOrEqualTo(before);
    assertThat(contacts(token).get(0).get("id").asString()).isEqualTo(id.toString());
  }

  @Test
  void aLocalNumberTakesTheUsersDefaultCountryCode() {
    api.put("/api/settings", token, Api.json(Map.of("defaultCountryCode", "971")));

    Api.Response created = create(token, "name", "أحمد", "phone", "050 123 4567", "timezone", "Asia/Riyadh");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.text("phone")).isEqualTo("+971501234567");
  }

  @Test
  void withoutASettingTheTimeZoneSuggestsTheCountry() {
    assertThat(create(token, "name", "أحمد", "phone", "٠٥٠١٢٣٤٥٦٧", "timezone", "Asia/Riyadh").text("phone"))
        .isEqualTo("+966501234567");
    assertThat(create(token, "name", "Mona", "phone", "01001234567", "timezone", "Africa/Cairo").text("phone"))
        .isEqualTo("+201001234567");
    assertThat(create(token, "name", "Tom", "phone", "07911 123456", "timezone", "Europe/London").text("phone"))
        .isEqualTo("+447911123456");
  }

  @Test
  void aLocalNumberWithNoKnownCountryIsUnprocessableAndAsksForTheCode() {
    Api.Response response = create(token, "name", "Ahmed", "phone", "0501234567");

    assertProblem(response, 422, "country-code-required");
    assertThat(response.text("detail")).contains("'0501234567'").contains("country code");
    assertProblem(create(token, "name", "Ahmed", "phone", "0501234567", "timezone", "UTC"),
        422, "country-code-required");
    assertThat(storedContacts()).isZero();
  }

  @Test
  void aContactNeedsAnEmailOrAPhone() {
    assertProblem(create(token, "name", "Sara"), 400, "contact-unreachable");
    assertProblem(create(token, "name", "Sara", "email", " ", "phone", ""), 400, "contact-unreachable");
    assertThat(storedContacts()).isZero();
  }

  @Test
  void invalidNamesEmailsAndNumbersAreBadRequests() {
    assertProblem(create(token, "email", "sara@example.com"), 400, "invalid-name");
    assertProblem(create(token, "name", "ـــ", "email", "sara@example.com"), 400, "invalid-name");
    assertProblem(create(token, "name", "x".repeat(101), "email", "sara@example.com"), 400, "invalid-name");
    assertProblem(create(token, "name", "Sara", "email", "sara@example"), 400, "invalid-email");
    assertProblem(create(token, "name", "Sara", "email", "sara at example.com"), 400, "invalid-email");
    assertProblem(create(token, "name", "Sara", "phone", "call me"), 400, "invalid-phone");
    assertProblem(create(token, "name", "Sara", "phone", "+1234567"), 400, "invalid-phone");
    assertProblem(create(token, "name", "Sara", "phone", "+966501234567", "timezone", "Mars/Olympus"),
        400, "invalid-timezone");
    assertProblem(api.post("/api/contacts", token, "{\"name\": "), 400, "malformed-body");
    assertThat(storedContacts()).isZero();
  }

  @Test
  void aSecondContactWithTheSameNameSpelledDifferentlyIsAConflict() {
    assertThat(create(token, "name", "سارة", "email", "sara@example.com").status()).isEqualTo(201);

    Api.Response again = create(token, "name", "ساره", "phone", "+966501234567");

    assertProblem(again, 409, "contact-exists");
    assertThat(again.text("detail")).contains("'سارة'");
    assertProblem(create(token, "name", "  سارَة ", "email", "other@example.com"), 409, "contact-exists");
    assertThat(storedContacts()).isEqualTo(1);
  }

  @Test
  void theSameNameBelongsToEachUserApart() {
    String other = Api.tokenFor("other-" + UUID.randomUUID());
    assertThat(create(other, "name", "Sara", "email", "their.sara@example.com").status()).isEqualTo(201);

    assertThat(create(token, "name", "Sara", "email", "my.sara@example.com").status()).isEqualTo(201);
    assertThat(contacts(token).size()).isEqualTo(1);
    assertThat(contacts(token).get(0).get("email").asString()).isEqualTo("my.sara@example.com");
  }

  @Test
  void listingShowsOnlyTheCallersContactsByName() {
    create(token, "name", "Zaid", "phone", "+966500000001");
    create(token, "name", "Ali", "email", "ali@example.com");
    create(Api.tokenFor("other-" + UUID.randomUUID()), "name", "Bob", "email", "bob@example.com");

    JsonNode list = contacts(token);

    assertThat(list.size()).isEqualTo(2);
    assertThat(List.of(list.get(0).get("name").asString(), list.get(1).get("name").asString()))
        .containsExactly("Ali", "Zaid");
    assertThat(list.get(0).has("phone")).isFalse(); // absent fields are left out
  }

  @Test
  void deletingOwnContactRemovesItAndAnotherUsersIsNotFound() {
    UUID mine = UUID.fromString(create(token, "name", "Ali", "email", "ali@example.com").text("id"));
    String owner = Api.tokenFor("owner-" + UUID.randomUUID());
    UUID theirs = UUID.fromString(create(owner, "name", "Ali", "email", "their.ali@example.com").text("id"));

    assertProblem(api.delete("/api/contacts/" + theirs, token), 404, "not-found");
    assertProblem(api.delete("/api/contacts/" + UUID.randomUUID(), token), 404, "not-found");
    assertProblem(api.delete("/api/contacts/not-an-id", token), 400, "invalid-parameter");
    assertThat(contacts(owner).size()).isEqualTo(1);

    assertThat(api.delete("/api/contacts/" + mine, token).status()).isEqualTo(204);
    assertThat(contacts(token).size()).isZero();
    assertProblem(api.delete("/api/contacts/" + mine, token), 404, "not-found");
  }

  @Test
  void serviceKeyManagesTheContactsOfTheUserItNames() {
    Api.Response created = api.post("/api/contacts", Api.SERVICE_KEY,
        Api.json(Map.of("name", "Sara", "email", "sara@example.com", "userId", user)));

    assertThat(created.status()).isEqualTo(201);
    assertThat(contacts(token).size()).isEqualTo(1);
    assertThat(api.get("/api/contacts?userId=" + user, Api.SERVICE_KEY).body().get("contacts").size())
        .isEqualTo(1);
    assertThat(api.delete("/api/contacts/" + created.text("id") + "?userId=" + user, Api.SERVICE_KEY).status())
        .isEqualTo(204);
    assertProblem(api.get("/api/contacts", Api.SERVICE_KEY), 400, "user-required");
  }

  @Test
  void withoutATokenEveryContactEndpointIsUnauthorized() {
    assertProblem(create(null, "name", "Sara", "email", "sara@example.com"), 401, "unauthorized");
    assertProblem(api.get("/api/contacts", null), 401, "unauthorized");
    assertProblem(api.delete("/api/contacts/" + UUID.randomUUID(), null), 401, "unauthorized");
    assertThat(storedContacts()).isZero();
  }
}
