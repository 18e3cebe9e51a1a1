package com.romna.api.console;

import com.romna.activities.delivery.EmailSender;
import com.romna.activities.email.FakeResend;
import com.romna.activities.email.ResendFakes;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * E-mail through the production Resend sender and SDK, talking to a local fake Resend: the one
 * provider the browser scenario needs, so a delivery can fail for real (Resend refuses an
 * address) and be delivered again. It replaces the e-mail outbox exactly as RESEND_API_KEY does.
 */
@TestConfiguration(proxyBeanMethods = false)
class FakeResendEmail {

  /** The address Resend refuses until a test tells it to accept. */
  static final String REFUSED = "bounce@example.com";

  @Bean(destroyMethod = "close")
  FakeResend fakeResend() {
    FakeResend resend = new FakeResend();
    resend.accepts();
    resend.answersFor(REFUSED, 422,
        "{\"statusCode\":422,\"name\":\"validation_error\",\"message\":\"The `to` address is on the suppression list.\"}");
    return resend;
  }

  @Bean
  EmailSender resendEmailSender(FakeResend resend) {
    return ResendFakes.sender(resend, FakeResend.FROM);
  }
}
