package com.romna.api.settings;

import com.romna.api.ApiRole;
import com.romna.api.auth.Caller;
import com.romna.api.web.ApiException;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's preferences. For now one: the country code that completes local phone numbers. */
@ApiRole
@RestController
@RequestMapping("/api/settings")
class SettingsController {

  private static final Pattern CODE = Pattern.compile("\\+?([1-9][0-9]{0,2})");

  private final SettingsStore store;

  SettingsController(SettingsStore store) {
    this.store = store;
  }

  record Settings(String defaultCountryCode) {}

  record SettingsRequest(String defaultCountryCode, String userId) {}

  @GetMapping
  Settings get(Caller caller, @RequestParam(required = false) String userId) {
    return new Settings(store.defaultCountryCode(caller.actingAs(userId)).orElse(null));
  }

  /** Replaces the settings; a null {@code defaultCountryCode} clears it (the time zone decides again). */
  @PutMapping
  Settings put(Caller caller, @RequestBody SettingsRequest request) {
    String user = caller.actingAs(request.userId());
    String code = code(request.defaultCountryCode());
    store.setDefaultCountryCode(user, code);
    return new Settings(code);
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
}
