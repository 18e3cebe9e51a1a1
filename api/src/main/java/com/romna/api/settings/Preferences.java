package com.romna.api.settings;

import org.springframework.stereotype.Component;

/** A user's settings for the rest of the api: what the voice endpoints fall back on. */
@Component
public class Preferences {

  private final SettingsStore store;

  Preferences(SettingsStore store) {
    this.store = store;
  }

  public UserSettings of(String userId) {
    return store.of(userId);
  }
}
