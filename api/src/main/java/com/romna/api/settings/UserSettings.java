package com.romna.api.settings;

import com.romna.api.web.ApiException;

import java.time.Duration;

/**
 * A user's preferences; any of them may be unset (null). {@code location} is where prayer times are computed.
 * {@code approvalReminder} is always set: how long before a draft expires the user is reminded ({@code "PT1H"}
 * unless they chose another lead), or {@code "off"}.
 */
public record UserSettings(String defaultCountryCode, String timezone, Location location, String approvalReminder) {

  static final UserSettings NONE = new UserSettings(null, null, null, ApprovalReminder.DEFAULT.toString());

  /** How long before a draft's expiry to remind the user; null when they turned it off. */
  public Duration approvalReminderLead() {
    return ApprovalReminder.lead(approvalReminder);
  }

  /** A point on Earth, in degrees. */
  public record Location(Double latitude, Double longitude) {

    /** This location when it is a point on Earth, else a 400 that says what one looks like. */
    public Location validated() {
      boolean valid = latitude != null && longitude != null && Double.isFinite(latitude)
          && Double.isFinite(longitude) && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
      if (!valid) {
        throw ApiException.badRequest(
            "invalid-location",
            "'location' must be {\"latitude\": -90…90, \"longitude\": -180…180}, like {\"latitude\": 24.71, "
                + "\"longitude\": 46.68}.");
      }
      return this;
    }
  }
}
