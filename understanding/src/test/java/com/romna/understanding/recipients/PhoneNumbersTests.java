package com.romna.understanding.recipients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTests {

  private static Supplier<Optional<String>> code(String cc) {
    return () -> Optional.ofNullable(cc);
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(delimiter = '|', value = {
      "+966501234567 | | +966501234567",
      "+966 50 123 4567 | | +966501234567",
      "+1 (202) 555-0123 | | +12025550123",
      "00966501234567 | | +966501234567",
      "00 44 7911 123456 | | +447911123456",
      "٠٠٩٦٦٥٠١٢٣٤٥٦٧ | | +966501234567",
      "0501234567 | 966 | +966501234567",
      "050 123 4567 | 966 | +966501234567",
      "050-123-4567 | 971 | +971501234567",
      "٠٥٠١٢٣٤٥٦٧ | 966 | +966501234567",
      "۰۵۰۱۲۳۴۵۶۷ | 966 | +966501234567",
      "501234567 | 966 | +966501234567",
      "966501234567 | 966 | +966501234567",
      "01001234567 | 20 | +201001234567",
      "07911 123456 | 44 | +447911123456",
      "(202) 555-0123 | 1 | +12025550123",
      "12025550123 | 1 | +12025550123",
      "50012345 | 965 | +96550012345",
      "03 123 456 | 961 | +9613123456",
      "06 1234 5678 | 39 | +390612345678",
  })
  // Italy keeps its trunk "0" inside the number: only per-country rules (libphonenumber) get it right
  void normalisesToE164(String raw, String cc, String e164) {
    PhoneNumbers.Result r = PhoneNumbers.e164(raw, code(cc));
    assertThat(r.failure()).isNull();
    assertThat(r.e164()).isEqualTo(e164);
  }

  @Test
  void aNationalNumberWithoutAKnownCountryNeedsTheCode() {
    assertThat(PhoneNumbers.e164("0501234567", code(null)).failure())
        .isEqualTo(PhoneNumbers.Failure.NEEDS_COUNTRY_CODE);
  }

  @Test
  void internationalNumbersNeverAskForTheCountry() {
    assertThat(PhoneNumbers.e164("+966501234567", () -> {
      throw new AssertionError("asked for the country");
    }).e164()).isEqualTo("+966501234567");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "call me", "050123456x", "+", "++966501234567", "+1234567", "+1234567890123456", "+0501234567",
      "12345", "0050123", "966-50-123-4567 ext 2", "+966 50 123 4567 +1",
      "+966 50 123 456", "+20 100 123",
  })
  // a digit short or long for its country ("+966 50 123 456") cannot reach anyone
  void rejectsWhatIsNoNumber(String raw) {
    assertThat(PhoneNumbers.e164(raw, code("966")).failure()).isEqualTo(PhoneNumbers.Failure.NOT_A_NUMBER);
  }
}
