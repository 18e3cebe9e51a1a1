package com.romna.understanding;

import static com.romna.understanding.UnderstandingFixtures.NOW;
import static com.romna.understanding.UnderstandingFixtures.UTC;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTests {
  private final Understanding understanding = new Understanding();

  @Test
  void theScriptOfMostWordsDecides() {
    assertThat(language("remind me in an hour", "ar")).isEqualTo("en");
    assertThat(language("ذكرني بعد ساعة", "en")).isEqualTo("ar");
    assertThat(language("ذكرني بعد ساعة call John", null)).isEqualTo("ar");
    assertThat(language("remind me to call أحمد in an hour", "ar")).isEqualTo("en");
  }

  @Test
  void addressesAndNumbersDoNotCountAsEnglish() {
    assertThat(language("ايميل sara@example.com عن", "en")).isEqualTo("ar");
    assertThat(language("واتساب +966501234567", "en")).isEqualTo("ar");
  }

  @Test
  void theLocaleHintBreaksTies() {
    assertThat(language("ذكرني at 5", "ar-SA")).isEqualTo("ar");
    assertThat(language("ذكرني at 5", "en-US")).isEqualTo("en");
    assertThat(language("ذكرني at 5", null)).isEqualTo("en");
    assertThat(language("", "ar")).isEqualTo("ar");
    assertThat(language("12:30", " AR ")).isEqualTo("ar");
  }

  @Test
  void theDefaultTitleFollowsTheLanguage() {
    Interpretation tie = understanding.interpret("ذكرني at 5", "ar", UTC, NOW);
    assertThat(tie.language()).isEqualTo("ar");
    assertThat(tie.content().title()).isEqualTo("تذكير");
    Interpretation english = understanding.interpret("ذكرني in 5 minutes", "ar", UTC, NOW);
    assertThat(english.language()).isEqualTo("en");
    assertThat(english.content().title()).isEqualTo("Reminder");
  }

  private String language(String transcript, String hint) {
    return understanding.interpret(transcript, hint, UTC, NOW).language();
  }
}
