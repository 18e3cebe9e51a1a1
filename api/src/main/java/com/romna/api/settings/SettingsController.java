package com.romna.api.settings;

import com.romna.api.ApiRole;
import com.romna.api.auth.Caller;
import com.romna.api.web.ApiException;
import com.romna.api.web.TimeZones;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's preferences: the country code that completes local phone numbers, the time zone requests are
 * read in when they name none, the location prayer times are computed for, and how long before a draft expires
 * they are reminded to approve it.
 */
@ApiRole
@RestController
@RequestMapping("/api/settings")
class SettingsController {

  private static final Pattern CODE = Pattern.compile("\\+?([1-9][0-9]{0,2})");

  private final SettingsStore store;

  SettingsController(SettingsStore store) {
    this.store = store;
  }

  record SettingsRequest(String defaultCountryCode, String timezone, UserSettings.Location location,
      String approvalReminder, String userId) {}

  @GetMapping
  UserSettings get(Caller caller, @RequestParam(required = false) String userId) {
    return store.of(caller.actingAs(userId));
  }

  /** Replaces the settings; a field left out or null is cleared (the request's time zone decides again). */
  @PutMapping
  UserSettings put(Caller caller, @RequestBody SettingsRequest request) {
    String user = caller.actingAs(request.userId());
    String reminder = ApprovalReminder.parse(request.approvalReminder());
    UserSettings s = new UserSettings(code(request.defaultCountryCode()), zone(request.timezone()),
        location(request.location()), reminder == null ? ApprovalReminder.DEFAULT.toString() : reminder);
    store.save(user, s, reminder);
    return s;
  }

  private static String code(String raw) {
    if (raw == null) {
      return null;
    }
    var m = CODE.matcher(raw.strip());
    if (!m.matches()) {
      throw ApiException.badRequest(
          "invalid-country-code",
          "'defaultCountryCode' must be a calling code of 1 to 3 digits like \"966\" or \"+44\".");
    }
    return m.group(1);
  }

  private static String zone(String raw) {
    return raw == null || raw.isBlank() ? null : TimeZones.parse(raw.strip(), null).getId();
  }

  private static UserSettings.Location location(UserSettings.Location l) {
    return l == null ? null : l.validated();
  }
}
