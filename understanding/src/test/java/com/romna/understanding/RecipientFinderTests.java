package com.romna.understanding;

import com.romna.understanding.recipients.RecipientFinder;
import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.Token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecipientFinderTests {

  @Test
  void findsAddressesAndNumbersInOrder() {
    List<Token> found = RecipientFinder.find(NormalisedText.of("to +966 50 123 4567 and a.b+c@mail.example.org."));
    assertThat(found).extracting(Token::text).containsExactly("+966501234567", "a.b+c@mail.example.org");
    assertThat(found).extracting(Token::kind).containsExactly(Token.Kind.PHONE, Token.Kind.EMAIL);
  }

  @Test
  void rejectsAddressesWithoutAProperDomain() {
    assertThat(RecipientFinder.find(NormalisedText.of("john@localhost and @x.com and a@b.c"))).isEmpty();
  }

  @Test
  void numbersMustHaveTheirCountrysLength() {
    assertThat(RecipientFinder.find(NormalisedText.of("+1234567"))).isEmpty();
    assertThat(RecipientFinder.find(NormalisedText.of("+96650123456"))).isEmpty();
    assertThat(RecipientFinder.find(NormalisedText.of("+966501234567"))).extracting(Token::text)
        .containsExactly("+966501234567");
    assertThat(RecipientFinder.find(NormalisedText.of("+1234567890123456"))).isEmpty();
  }

  @Test
  void aPlusInsideAnAddressIsNotANumber() {
    assertThat(RecipientFinder.find(NormalisedText.of("a+96650123456@x.com")))
        .extracting(Token::kind).containsExactly(Token.Kind.EMAIL);
  }
}
