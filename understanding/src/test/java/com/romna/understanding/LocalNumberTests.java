package com.romna.understanding;

import com.romna.understanding.recipients.RecipientFinder;
import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.Token;

import static com.romna.understanding.UnderstandingFixtures.interpret;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers said without '+': national ones keep their "0" for the country code; "00…" becomes E.164. */
class LocalNumberTests {

  private static List<String> numbers(String text) {
    return RecipientFinder.find(NormalisedText.of(text)).stream()
        .filter(t -> t.kind() == Token.Kind.PHONE).map(Token::text).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "0501234567 | 0501234567",
      "050 123 4567 | 0501234567",
      "050-123-4567 | 0501234567",
      "٠٥٠١٢٣٤٥٦٧ | 0501234567",
      "٠٥٠ ١٢٣ ٤٥٦٧ | 0501234567",
      "07911 123456 | 07911123456",
      "010 0123 4567 | 01001234567",
      "03 123 456 | 03123456",
      "00966501234567 | +966501234567",
      "00 966 50 123 4567 | +966501234567",
      "٠٠٩٧١٥٠١٢٣٤٥٦٧ | +971501234567",
  })
  void nationalAndDialledInternationalNumbersAreFound(String said, String number) {
    assertThat(numbers("call " + said + " now")).containsExactly(number);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "at 0930",
      "on 05-01-2026",
      "on 05 01 2026",
      "at 05:30",
      "code 0123",
      "room A0501234567",
      "version 1.0501234567",
      "00123",
      "000501234567",
  })
  void timesDatesAndShortOrGluedDigitsAreNotNumbers(String text) {
    assertThat(numbers(text)).isEmpty();
  }

  @Test
  void aSeparatedCountAfterAWholeNumberIsNotPartOfIt() {
    assertThat(numbers("whatsapp 0501234567 10 times")).containsExactly("0501234567");
    assertThat(numbers("whatsapp 050 123 4567 2 times")).containsExactly("0501234567");
  }

  @Test
  void aPlusNumberIsNotReadAgainAsALocalOne() {
    assertThat(numbers("+966 0501234567")).containsExactly("+966501234567"); // the trunk 0 said after the code
    assertThat(numbers("+966501234567 and 0551234567")).containsExactly("+966501234567", "0551234567");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "whatsapp 0501234567 that I'm late | 0501234567 | I'm late",
      "send a whatsapp to 050 123 4567 saying see you | 0501234567 | see you",
      "واتساب ٠٥٠١٢٣٤٥٦٧ إني راح أتأخر | 0501234567 | راح أتأخر",
      "ارسل واتساب لـ 0501234567 اني وصلت | 0501234567 | وصلت",
      "whatsapp 00966501234567 saying hi | +966501234567 | hi",
  })
  void whatsAppToALocalNumberKeepsItForTheCountryCode(String transcript, String to, String message) {
    Interpretation i = interpret(transcript);
    assertThat(i.content()).isEqualTo(Content.message(message));
    assertThat(i.recipient()).isEqualTo(to);
    assertThat(i.recipientName()).isNull();
    assertThat(i.missing()).isEmpty();
  }

  @Test
  void aLocalNumberInAReminderStaysInItsTitle() {
    Interpretation i = interpret("remind me to call ٠٥٠١٢٣٤٥٦٧ tomorrow at 9");
    assertThat(i.content().title()).isEqualTo("call ٠٥٠١٢٣٤٥٦٧");
  }
}
