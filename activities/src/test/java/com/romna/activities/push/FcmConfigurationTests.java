package com.romna.activities.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.firebase.FirebaseApp;
import com.romna.activities.ActivitiesConfiguration;
import com.romna.activities.TestDatabase;
import com.romna.activities.delivery.LocalOutbox;
import com.romna.activities.delivery.PushSender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** FCM is on exactly when Firebase credentials are configured, and says which project it uses. */
@ExtendWith(OutputCaptureExtension.class)
class FcmConfigurationTests {

  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withUserConfiguration(ActivitiesConfiguration.class)
          .withBean(NamedParameterJdbcTemplate.class, TestDatabase::jdbc);

  /** A service-account key file as the Firebase console hands it out (with a fresh RSA key). */
  private static String serviceAccount(String projectId) throws NoSuchAlgorithmException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    String key =
        Base64.getMimeEncoder(64, "\n".getBytes())
            .encodeToString(generator.generateKeyPair().getPrivate().getEncoded());
    String pem = "-----BEGIN PRIVATE KEY-----\\n" + key.replace("\n", "\\n") + "\\n-----END PRIVATE KEY-----\\n";
    return """
        {"type":"service_account","project_id":"%s","private_key_id":"abc123",
         "private_key":"%s",
         "client_email":"firebase-adminsdk@%s.iam.gserviceaccount.com","client_id":"1234567890",
         "token_uri":"https://oauth2.googleapis.com/token"}
        """
        .formatted(projectId, pem, projectId);
  }

  @Test
  void withoutCredentialsPushGoesToTheLocalOutbox(CapturedOutput output) {
    context.run(
        app -> {
          assertThat(app.getBean(PushSender.class)).isInstanceOf(LocalOutbox.Push.class);
          assertThat(app).doesNotHaveBean(FirebaseApp.class);
        });
    assertThat(output).contains("push notifications and alarms: no FCM credentials");
    assertThat(output).doesNotContain("push: Firebase Cloud Messaging");
  }

  @Test
  void serviceAccountJsonItselfSendsThroughFcmForItsProject(CapturedOutput output) throws Exception {
    context
        .withPropertyValues("romna.push.credentials=" + serviceAccount("romna-json"))
        .run(
            app -> {
              assertThat(app.getBean(PushSender.class)).isInstanceOf(FcmPushSender.class);
              FirebaseApp firebase = app.getBean(FirebaseApp.class);
              assertThat(firebase.getName()).isEqualTo("romna-push");
              assertThat(firebase.getOptions().getProjectId()).isEqualTo("romna-json");
            });
    assertThat(output).containsOnlyOnce("push: Firebase Cloud Messaging, project romna-json");
    assertThat(output).doesNotContain("no FCM credentials");
    assertThat(FirebaseApp.getApps()).extracting(FirebaseApp::getName).doesNotContain("romna-push");
  }

  @Test
  void googleApplicationCredentialsPathWorksAndTheProjectCanBeOverridden(
      @TempDir Path dir, CapturedOutput output) throws Exception {
    Path file = Files.writeString(dir.resolve("service-account.json"), serviceAccount("romna-file"));
    context
        .withPropertyValues(
            "romna.push.credentials-file=" + file, "romna.push.project-id=romna-override")
        .run(
            app ->
                assertThat(app.getBean(FirebaseApp.class).getOptions().getProjectId())
                    .isEqualTo("romna-override"));
    assertThat(output).contains("push: Firebase Cloud Messaging, project romna-override");
  }

  @Test
  void romnaCredentialsMayAlsoBeAPath(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("key.json"), serviceAccount("romna-path"));
    context
        .withPropertyValues("romna.push.credentials=" + file)
        .run(
            app ->
                assertThat(app.getBean(FirebaseApp.class).getOptions().getProjectId())
                    .isEqualTo("romna-path"));
  }

  @Test
  void blankCredentialsLeaveTheOutboxInPlace() {
    context
        .withPropertyValues("romna.push.credentials=", "romna.push.credentials-file= ")
        .run(app -> assertThat(app.getBean(PushSender.class)).isInstanceOf(LocalOutbox.Push.class));
  }

  @Test
  void missingCredentialsFileStopsStartUpNamingThePath(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("nowhere.json");
    context
        .withPropertyValues("romna.push.credentials-file=" + missing)
        .run(
            app ->
                assertThat(app.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining(missing.toString()));
  }
}
