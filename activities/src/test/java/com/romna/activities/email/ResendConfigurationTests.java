package com.romna.activities.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.activities.ActivitiesConfiguration;
import com.romna.activities.TestDatabase;
import com.romna.activities.delivery.EmailSender;
import com.romna.activities.delivery.LocalOutbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

@ExtendWith(OutputCaptureExtension.class)
class ResendConfigurationTests {

  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withUserConfiguration(ActivitiesConfiguration.class)
          .withBean(NamedParameterJdbcTemplate.class, TestDatabase::jdbc);

  @Test
  void withAKeyAndASenderEmailGoesThroughResend(CapturedOutput output) {
    context
        .withPropertyValues(
            "romna.email.resend-api-key=re_live_secret",
            "romna.email.from=ROMNA <noreply@romna.test>")
        .run(
            app -> {
              assertThat(app).hasNotFailed();
              assertThat(app.getBean(EmailSender.class)).isInstanceOf(ResendEmailSender.class);
              assertThat(app.getBean(EmailSender.class).provider()).isEqualTo("resend");
            });
    assertThat(output).contains("email: Resend, from ROMNA <noreply@romna.test>");
    assertThat(output)
        .doesNotContain("re_live_secret")
        .doesNotContain("email: no Resend credentials");
  }

  @Test
  void emptyKeyAsInTheDefaultYamlKeepsTheLocalOutbox(CapturedOutput output) {
    context
        .withPropertyValues("romna.email.resend-api-key=", "romna.email.from=")
        .run(
            app ->
                assertThat(app.getBean(EmailSender.class)).isInstanceOf(LocalOutbox.Email.class));
    assertThat(output).contains("email: no Resend credentials, delivering to the local outbox");
    assertThat(output).doesNotContain("email: Resend");
  }

  @Test
  void keyWithoutASenderStopsTheStartWithAClearMessage() {
    context
        .withPropertyValues("romna.email.resend-api-key=re_live_secret")
        .run(
            app ->
                assertThat(app)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage(
                        "RESEND_API_KEY is set but ROMNA_EMAIL_FROM (romna.email.from) is not: set"
                            + " it to the sender on a domain verified at Resend, e.g. \"ROMNA"
                            + " <noreply@example.com>\""));
  }

  @Test
  void propertiesNeverPrintTheKey() {
    assertThat(new EmailProperties("re_live_secret", "a@b.c").toString())
        .isEqualTo("EmailProperties[resendApiKey=****, from=a@b.c]");
  }
}
