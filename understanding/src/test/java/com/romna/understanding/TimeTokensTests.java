package com.romna.understanding;

import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.TimeTokens;
import com.romna.understanding.text.Token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeTokensTests {

  private static List<String> words(String text) {
    return TimeTokens.of(NormalisedText.of(text).text()).stream().map(Token::text).toList();
  }

  @Test
  void digitsLettersAndMarksAreSeparateTokens() {
    assertThat(words("3pm")).containsExactly("3", "pm");
    assertThat(words("10/31/1974")).containsExactly("10", "/", "31", "/", "1974");
    assertThat(words("o'clock")).containsExactly("o", "'", "clock");
    assertThat(words("14april")).containsExactly("14", "april");
  }

  @Test
  void oneDecimalPointStaysInTheNumberButPhoneGroupsDoNot() {
    assertThat(words("1.5 hours")).containsExactly("1.5", "hours");
    assertThat(words("650.650.6500")).containsExactly("650", ".", "650", ".", "6500");
  }

  @Test
  void arabicIndicDigitsAndGluedWawAreSplitFromWords() {
    assertThat(words("الساعة ٣:١٥")).containsExactly("الساعه", "3", ":", "15");
    assertThat(words("و18 دقيقة")).containsExactly("و", "18", "دقيقه");
  }

  @Test
  void gluedTellsThreeThirtyFromThreeSpaceThirty() {
    List<Token> glued = TimeTokens.of("3:30");
    List<Token> apart = TimeTokens.of("3 30");
    assertThat(TimeTokens.glued(glued, 1)).isTrue();
    assertThat(TimeTokens.glued(apart, 1)).isFalse();
  }

  @Test
  void veryLongInputIsCappedInsteadOfGrowingWithoutBound() {
    assertThat(TimeTokens.of("1 ".repeat(10_000))).hasSize(4_000);
  }
}
