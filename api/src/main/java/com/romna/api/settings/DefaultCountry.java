package com.romna.api.settings;

import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The country code that completes a number given without one: the user's setting, else the one the
 * request's time zone implies (Asia/Riyadh → 966), else unknown.
 */
@Component
public class DefaultCountry {

  private final SettingsStore settings;

  DefaultCountry(SettingsStore settings) {
    this.settings = settings;
  }

  /** @param zone the request's time zone, or null when it gave none */
  public Optional<String> of(String userId, ZoneId zone) {
    return settings.defaultCountryCode(userId).or(() -> CountryCodes.of(zone));
  }
}
