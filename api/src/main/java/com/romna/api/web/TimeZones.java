package com.romna.api.web;

import java.time.DateTimeException;
import java.time.ZoneId;

/** The IANA time zone a request names, or a clear 400. */
public final class TimeZones {

  private TimeZones() {}

  /** {@code whenBlank} when the request names none (may be null). */
  public static ZoneId parse(String timezone, ZoneId whenBlank) {
    if (timezone == null || timezone.isBlank()) {
      return whenBlank;
    }
    try {
      return ZoneId.of(timezone);
    } catch (DateTimeException e) {
      throw ApiException.badRequest(
          "invalid-timezone", "'" + timezone + "' is not an IANA time zone like \"Asia/Riyadh\".");
    }
  }
}
