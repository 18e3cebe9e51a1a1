package com.romna.activities.push;

import com.google.auth.oauth2.ServiceAccountCredentials;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The service account FCM sends as, and the project it sends for. */
record FcmCredentials(ServiceAccountCredentials credentials, String projectId) {

  static FcmCredentials load(PushProperties properties) {
    String source =
        PushProperties.hasText(properties.credentials())
            ? properties.credentials().trim()
            : properties.credentialsFile().trim();
    ServiceAccountCredentials credentials;
    try (InputStream json = open(source)) {
      credentials = ServiceAccountCredentials.fromStream(json);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "push: cannot read the Firebase service account from "
              + (source.startsWith("{") ? "ROMNA_FIREBASE_CREDENTIALS" : source)
              + ": "
              + e.getMessage(),
          e);
    }
    String projectId =
        PushProperties.hasText(properties.projectId())
            ? properties.projectId().trim()
            : credentials.getProjectId();
    if (!PushProperties.hasText(projectId)) {
      throw new IllegalStateException(
          "push: the Firebase credentials name no project; set ROMNA_FIREBASE_PROJECT_ID");
    }
    return new FcmCredentials(credentials, projectId);
  }

  // A value that is JSON is the service account itself; anything else is a path to one.
  private static InputStream open(String source) throws IOException {
    if (source.startsWith("{")) {
      return new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8));
    }
    return Files.newInputStream(Path.of(source));
  }
}
