package com.romna.api.settings;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * The calling code a time zone implies, for users who have not set one. Only zones that lie in a single
 * country are listed: the Gulf, the Levant, Egypt and North Africa we serve, and a few places our users
 * often live in. Anywhere else the country stays unknown rather than guessed.
 */
final class CountryCodes {
  private static final Map<String, String> BY_ZONE = Map.ofEntries(
      Map.entry("Asia/Riyadh", "966"), Map.entry("Asia/Dubai", "971"), Map.entry("Asia/Kuwait", "965"),
      Map.entry("Asia/Qatar", "974"), Map.entry("Asia/Bahrain", "973"), Map.entry("Asia/Muscat", "968"),
      Map.entry("Asia/Aden", "967"), Map.entry("Asia/Baghdad", "964"), Map.entry("Asia/Amman", "962"),
      Map.entry("Asia/Beirut", "961"), Map.entry("Asia/Damascus", "963"), Map.entry("Asia/Gaza", "970"),
      Map.entry("Asia/Hebron", "970"), Map.entry("Africa/Cairo", "20"), Map.entry("Egypt", "20"),
      Map.entry("Africa/Khartoum", "249"), Map.entry("Africa/Tripoli", "218"), Map.entry("Africa/Tunis", "216"),
      Map.entry("Africa/Algiers", "213"), Map.entry("Africa/Casablanca", "212"),
      Map.entry("Africa/Nouakchott", "222"), Map.entry("Africa/Djibouti", "253"),
      Map.entry("Africa/Mogadishu", "252"), Map.entry("Europe/Istanbul", "90"), Map.entry("Asia/Tehran", "98"),
      Map.entry("Asia/Karachi", "92"), Map.entry("Asia/Kolkata", "91"), Map.entry("Asia/Calcutta", "91"),
      Map.entry("Asia/Dhaka", "880"), Map.entry("Asia/Manila", "63"), Map.entry("Asia/Jakarta", "62"),
      Map.entry("Europe/London", "44"), Map.entry("GB", "44"), Map.entry("Europe/Paris", "33"),
      Map.entry("Europe/Berlin", "49"),
      Map.entry("America/New_York", "1"), Map.entry("America/Chicago", "1"), Map.entry("America/Denver", "1"),
      Map.entry("America/Los_Angeles", "1"), Map.entry("America/Phoenix", "1"),
      Map.entry("America/Anchorage", "1"), Map.entry("America/Detroit", "1"), Map.entry("Pacific/Honolulu", "1"),
      Map.entry("US/Eastern", "1"), Map.entry("US/Central", "1"), Map.entry("US/Mountain", "1"),
      Map.entry("US/Pacific", "1"), Map.entry("America/Toronto", "1"), Map.entry("America/Vancouver", "1"),
      Map.entry("America/Edmonton", "1"), Map.entry("America/Winnipeg", "1"), Map.entry("America/Halifax", "1"));

  private CountryCodes() {}

  static Optional<String> of(ZoneId zone) {
    return zone == null ? Optional.empty() : Optional.ofNullable(BY_ZONE.get(zone.getId()));
  }
}
