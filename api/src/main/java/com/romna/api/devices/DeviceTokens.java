package com.romna.api.devices;

/** A device token works as a credential for that device: the API only ever shows its end. */
public final class DeviceTokens {

  private DeviceTokens() {}

  /** The last six characters (never more than half the token) are enough to tell devices apart. */
  public static String masked(String token) {
    int shown = Math.min(6, token.length() / 2);
    return "…" + token.substring(token.length() - shown);
  }
}
