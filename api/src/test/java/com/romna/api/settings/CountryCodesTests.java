package com.romna.api.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryCodesTests {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "Asia/Riyadh | 966", "Asia/Dubai | 971", "Asia/Kuwait | 965", "Asia/Qatar | 974", "Asia/Bahrain | 973",
      "Asia/Muscat | 968", "Africa/Cairo | 20", "Asia/Amman | 962", "Asia/Beirut | 961", "Asia/Damascus | 963",
      "Asia/Baghdad | 964", "Europe/London | 44", "America/New_York | 1", "America/Los_Angeles | 1",
  })
  void theZonesWeServeImplyTheirCountry(String zone, String code) {
    assertThat(CountryCodes.of(ZoneId.of(zone))).contains(code);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"UTC", "Etc/GMT+3", "Europe/Madrid", "+03:00"})
  void otherZonesLeaveTheCountryUnknown(String zone) {
    assertThat(CountryCodes.of(ZoneId.of(zone))).isEmpty();
  }
}
