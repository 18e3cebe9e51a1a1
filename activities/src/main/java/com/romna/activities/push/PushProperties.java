package com.romna.activities.push;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Firebase credentials for push notifications and alarms; with none set, push goes to the local
 * outbox.
 *
 * @param credentials the service-account JSON itself, or a path to it ({@code
 *     ROMNA_FIREBASE_CREDENTIALS}); wins over {@code credentialsFile}
 * @param credentialsFile path to the service-account JSON ({@code GOOGLE_APPLICATION_CREDENTIALS})
 * @param projectId the Firebase project; empty takes the one named in the credentials
 */
@ConfigurationProperties("romna.push")
record PushProperties(String credentials, String credentialsFile, String projectId) {

  boolean configured() {
    return hasText(credentials) || hasText(credentialsFile);
  }

  static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}
