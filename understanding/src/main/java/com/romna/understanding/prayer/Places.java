package com.romna.understanding.prayer;

import com.romna.understanding.Place;
import java.time.ZoneId;
import java.util.Map;

/**
 * The principal city of a time zone, for prayer times when the user gave no location: Asia/Riyadh is Riyadh,
 * Asia/Dubai Dubai, Africa/Cairo Cairo. Only zones that lie in one country are listed; elsewhere a prayer time is
 * asked for rather than guessed.
 */
public final class Places {
  private static final Map<String, Place> BY_ZONE = Map.ofEntries(
      city("Asia/Riyadh", "Riyadh", 24.7136, 46.6753), city("Asia/Dubai", "Dubai", 25.2048, 55.2708),
      city("Asia/Kuwait", "Kuwait City", 29.3759, 47.9774), city("Asia/Qatar", "Doha", 25.2854, 51.5310),
      city("Asia/Bahrain", "Manama", 26.2285, 50.5860), city("Asia/Muscat", "Muscat", 23.5880, 58.3829),
      city("Asia/Aden", "Sanaa", 15.3694, 44.1910), city("Asia/Baghdad", "Baghdad", 33.3152, 44.3661),
      city("Asia/Amman", "Amman", 31.9539, 35.9106), city("Asia/Beirut", "Beirut", 33.8938, 35.5018),
      city("Asia/Damascus", "Damascus", 33.5138, 36.2765), city("Asia/Gaza", "Gaza", 31.5017, 34.4668),
      city("Asia/Hebron", "Hebron", 31.5326, 35.0998), city("Africa/Cairo", "Cairo", 30.0444, 31.2357),
      city("Egypt", "Cairo", 30.0444, 31.2357), city("Africa/Khartoum", "Khartoum", 15.5007, 32.5599),
      city("Africa/Tripoli", "Tripoli", 32.8872, 13.1913), city("Africa/Tunis", "Tunis", 36.8065, 10.1815),
      city("Africa/Algiers", "Algiers", 36.7538, 3.0588), city("Africa/Casablanca", "Casablanca", 33.5731, -7.5898),
      city("Europe/Istanbul", "Istanbul", 41.0082, 28.9784), city("Asia/Karachi", "Karachi", 24.8607, 67.0011),
      city("Asia/Kuala_Lumpur", "Kuala Lumpur", 3.1390, 101.6869), city("Asia/Jakarta", "Jakarta", -6.2088, 106.8456),
      city("Europe/London", "London", 51.5074, -0.1278), city("Europe/Paris", "Paris", 48.8566, 2.3522),
      city("Europe/Berlin", "Berlin", 52.5200, 13.4050), city("America/New_York", "New York", 40.7128, -74.0060),
      city("America/Chicago", "Chicago", 41.8781, -87.6298), city("America/Los_Angeles", "Los Angeles", 34.0522,
          -118.2437), city("America/Toronto", "Toronto", 43.6532, -79.3832));

  private Places() {}

  private static Map.Entry<String, Place> city(String zone, String name, double lat, double lon) {
    return Map.entry(zone, new Place(name, lat, lon, "zone"));
  }

  /** The principal city of {@code zone}, or null when the zone does not name one place. */
  public static Place of(ZoneId zone) {
    return zone == null ? null : BY_ZONE.get(zone.getId());
  }
}
