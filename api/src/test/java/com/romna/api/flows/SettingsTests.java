package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.Api;
import com.romna.api.support.EngineTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The default country code: set, read, cleared, validated; each user's own. */
class SettingsTests extends EngineTest {

  private Api.Response put(String token, String code) {
    Map<String, String> body = new HashMap<>();
    body.put("defaultCountryCode", code);
    return api.put("/api/settings", token, Api.json(body));
  }

  private String stored() {
    return jdbc.sql("SELECT default_country_code FROM user_settings WHERE user_id = :user")
        .param("user", user)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  @Test
  void aNewUserHasNoDefaultCountryCode() {
    Api.Response settings = api.get("/api/settings", token);

    assertThat(settings.status()).isEqualTo(200);
    assertThat(settings.body().isObject()).isTrue();
    assertThat(settings.body().has("defaultCountryCode")).isFalse(); // unset: left out, like every null
  }

  @Test
  void settingTheCodeStoresItsDigits() {
    Api.Response saved = put(token, "+966");

    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.text("defaultCountryCode")).isEqualTo("966");
    assertThat(api.get("/api/settings", token).text("defaultCountryCode")).isEqualTo("966");
    assertThat(stored()).isEqualTo("966");

    assertThat(put(token, "44").text("defaultCountryCode")).isEqualTo("44");
    assertThat(stored()).isEqualTo("44");
  }

  @Test
  void nullClearsTheCode() {
    put(token, "20");

    Api.Response cleared = put(token, null);

    assertThat(cleared.status()).isEqualTo(200);
    assertThat(cleared.text("defaultCountryCode")).isNull();
    assertThat(api.get("/api/settings", token).text("defaultCountryCode")).isNull();
  }

  @Test
  void aCodeThatIsNoCallingCodeIsABadRequest() {
    for (String bad : new String[] {"", "0966", "9666", "SA", "+", "96 6"}) {
      Api.Response response = put(token, bad);
      assertThat(response.status()).as(bad).isEqualTo(400);
      assertThat(response.text("type")).isEqualTo("urn:romna:problem:invalid-country-code");
    }
    assertThat(stored()).isNull();
  }

  @Test
  void eachUserHasTheirOwnSettings() {
    String other = Api.tokenFor("other-" + UUID.randomUUID());
    put(other, "971");

    assertThat(api.get("/api/settings", token).text("defaultCountryCode")).isNull();
    put(token, "966");
    assertThat(api.get("/api/settings", other).text("defaultCountryCode")).isEqualTo("971");
    assertThat(api.get("/api/settings?userId=" + user, Api.SERVICE_KEY).text("defaultCountryCode"))
        .isEqualTo("966");
    assertThat(api.get("/api/settings", null).status()).isEqualTo(401);
  }
}
