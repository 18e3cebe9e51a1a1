package com.romna.activities.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.activities.ActivitiesConfiguration;
import com.romna.activities.TestDatabase;
import com.romna.activities.delivery.LocalOutbox;
import com.romna.activities.delivery.WhatsAppSender;
import com.romna.workflows.delivery.DeliveryCallbacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

@ExtendWith(OutputCaptureExtension.class)
class TwilioConfigurationTests {

  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withBean(NamedParameterJdbcTemplate.class, TestDatabase::jdbc)
          .withUserConfiguration(ActivitiesConfiguration.class);

  @Test
  void credentialsSwitchWhatsAppToTwilioAndEnableCallbacks(CapturedOutput output) {
    context
        .withPropertyValues(
            "romna.whatsapp.twilio.account-sid=" + FakeTwilio.ACCOUNT_SID,
            "romna.whatsapp.twilio.auth-token=" + FakeTwilio.AUTH_TOKEN,
            "romna.whatsapp.twilio.from=+14155238886",
            "romna.public-base-url=https://romna.example.com/")
        .run(
            ctx -> {
              assertThat(ctx).hasSingleBean(WhatsAppSender.class);
              assertThat(ctx.getBean(WhatsAppSender.class)).isInstanceOf(TwilioWhatsAppSender.class);
              assertThat(ctx).hasSingleBean(DeliveryCallbacks.class);
            });
    assertThat(output)
        .contains(
            "WhatsApp: Twilio, from whatsapp:+14155238886 (free-form), status callbacks to"
                + " https://romna.example.com/api/webhooks/twilio/status")
        .doesNotContain("WhatsApp: no Twilio credentials");
  }

  @Test
  void templateIsNamedInTheStartUpLine(CapturedOutput output) {
    context
        .withPropertyValues(
            "romna.whatsapp.twilio.account-sid=" + FakeTwilio.ACCOUNT_SID,
            "romna.whatsapp.twilio.auth-token=" + FakeTwilio.AUTH_TOKEN,
            "romna.whatsapp.twilio.from=+14155238886",
            "romna.whatsapp.twilio.content-sid=HX0123456789abcdef0123456789abcdef")
        .run(ctx -> assertThat(ctx).hasNotFailed());
    assertThat(output)
        .contains(
            "WhatsApp: Twilio, from whatsapp:+14155238886 (template HX0123456789abcdef0123456789abcdef),"
                + " no status callbacks (ROMNA_PUBLIC_BASE_URL is not set)");
  }

  @Test
  void emptyCredentialsKeepTheLocalOutbox() {
    context
        .withPropertyValues(
            "romna.whatsapp.twilio.account-sid=", "romna.whatsapp.twilio.auth-token=")
        .run(
            ctx -> {
              assertThat(ctx.getBean(WhatsAppSender.class)).isInstanceOf(LocalOutbox.WhatsApp.class);
              assertThat(ctx).doesNotHaveBean(DeliveryCallbacks.class);
            });
  }

  @Test
  void credentialsWithoutSenderNumberFailStartUpSayingWhatIsMissing() {
    context
        .withPropertyValues(
            "romna.whatsapp.twilio.account-sid=" + FakeTwilio.ACCOUNT_SID,
            "romna.whatsapp.twilio.auth-token=" + FakeTwilio.AUTH_TOKEN)
        .run(
            ctx ->
                assertThat(ctx)
                    .getFailure()
                    .rootCause()
                    .hasMessageStartingWith(
                        "TWILIO_WHATSAPP_FROM is required when TWILIO_ACCOUNT_SID and"
                            + " TWILIO_AUTH_TOKEN are set"));
  }
}
