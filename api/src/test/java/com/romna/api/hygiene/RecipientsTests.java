package com.romna.api.hygiene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.romna.api.web.ApiException;
import com.romna.workflows.IntentType;
import com.romna.workflows.PlanPayload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RecipientsTests {

  @ParameterizedTest
  @ValueSource(strings = {
    "sara@example.com", "first.last+tag@sub.example.co.uk", "o'brien@example.ie", "user_1!#$%&*=?^`{|}~@x.io",
    "\"john doe\"@example.com", "\"a\\\"b\"@example.org", "ahmed@مثال.السعودية", "x@xn--mgbh0fb.xn--mgberp4a5d4ar"
  })
  void addrSpecsWithAHostNameAreDeliverable(String address) {
    assertThat(EmailAddresses.isValid(address)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "sara@example", "sara@@example.com", "sara.@example.com", ".sara@example.com", "sa..ra@example.com",
    "sara@example..com", "sara@-example.com", "sara@example-.com", "sara@[10.0.0.1]", "sara@example.123",
    "sara example@example.com", "sara@exa mple.com", "\"unclosed@example.com", "sara@example.com\r\nBcc: x@y.z",
    "@example.com", "sara@", "سارة@example.com", "a@b@c.com"
  })
  void anythingElseIsNot(String address) {
    assertThat(EmailAddresses.isValid(address)).isFalse();
  }

  @Test
  void overlongAddressesAreRefused() {
    assertThat(EmailAddresses.isValid("x".repeat(65) + "@example.com")).isFalse();
    assertThat(EmailAddresses.isValid("x@" + "a".repeat(250) + ".com")).isFalse();
    assertThat(EmailAddresses.isValid(null)).isFalse();
  }

  @Test
  void phoneNumbersMustExistInTheirNumberingPlan() {
    assertThat(Recipients.isPhoneNumber("+966501234567")).isTrue();
    assertThat(Recipients.isPhoneNumber("+447911123456")).isTrue();
    assertThat(Recipients.isPhoneNumber("+15551234567")).isFalse();
    assertThat(Recipients.isPhoneNumber("+96650123456")).isFalse();
    assertThat(Recipients.isPhoneNumber("+123456789012345")).isFalse();
    assertThat(Recipients.isPhoneNumber("966501234567")).isFalse();
    assertThat(Recipients.isPhoneNumber("+966 50 123 4567")).isFalse();
  }

  @Test
  void draftsAreCheckedByTheirChannelAndOthersPass() {
    assertThatCode(() -> Recipients.check(IntentType.EMAIL, PlanPayload.email("sara@example.com", "s", "b")))
        .doesNotThrowAnyException();
    assertThatCode(() -> Recipients.check(IntentType.REMINDER, PlanPayload.reminder("call mom")))
        .doesNotThrowAnyException();
    ApiException bad = catchThrowableOfType(ApiException.class,
        () -> Recipients.check(IntentType.WHATSAPP, PlanPayload.whatsApp("+15551234567", "late")));
    assertThat(bad.status().value()).isEqualTo(422);
    assertThat(bad.type()).isEqualTo("invalid-recipient");
    assertThat(bad.getMessage()).contains("+15551234567");
  }
}
