package com.romna.understanding;

import com.romna.understanding.text.NormalisedText;

import static com.romna.understanding.UnderstandingFixtures.NOW;
import static com.romna.understanding.UnderstandingFixtures.interpret;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArabicNormalisationTests {

  @Test
  void diacriticsAndTatweelAreDropped() {
    assertThat(NormalisedText.of("ذَكِّرْنِي").text()).isEqualTo("ذكرني");
    assertThat(NormalisedText.of("ذكـــرني").text()).isEqualTo("ذكرني");
    assertThat(NormalisedText.of("مساءً").text()).isEqualTo("مساء");
  }

  @Test
  void letterVariantsAreUnified() {
    assertThat(NormalisedText.of("أإآٱ").text()).isEqualTo("اااا");
    assertThat(NormalisedText.of("ساعة").text()).isEqualTo("ساعه");
    assertThat(NormalisedText.of("ذكرنى").text()).isEqualTo("ذكرني");
  }

  @Test
  void arabicIndicAndPersianDigitsBecomeAscii() {
    assertThat(NormalisedText.of("٠١٢٣٤٥٦٧٨٩").text()).isEqualTo("0123456789");
    assertThat(NormalisedText.of("۰۱۲۳۴۵۶۷۸۹").text()).isEqualTo("0123456789");
    assertThat(NormalisedText.of("٦:٣٠").text()).isEqualTo("6:30");
  }

  @Test
  void latinTextIsLowerCasedAndInvisibleMarksDropped() {
    assertThat(NormalisedText.of("Remind\u200F ME").text()).isEqualTo("remind me");
    assertThat(NormalisedText.of("don’t").text()).isEqualTo("don't");
  }

  @Test
  void foldedRangesMapBackToTheOriginalWords() {
    NormalisedText text = NormalisedText.of("قل بِالدَّوَاءِ الآن");
    assertThat(text.text()).isEqualTo("قل بالدواء الان");
    assertThat(text.original(3, 10)).isEqualTo("بِالدَّوَاءِ");
    assertThat(text.original(4, 10)).isEqualTo("الدَّوَاءِ");
    assertThat(text.original(11, 15)).isEqualTo("الآن");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "ذكرني بعد ساعتين", "ذكرنى بعد ساعتين", "ذكـرني بعـد سـاعتين", "ذَكِّرْنِي بَعْدَ سَاعَتَيْنِ",
      "ذكريني بعد ساعتان", "ذكرني بعد ٢ ساعات", "ذكرني بعد ۲ ساعات", "ذكرني بعد 2 ساعات",
      "ذكرني بعد اثنين ساعات", "ذكرني بعد ساعه وساعه",
  })
  void spellingVariantsOfTwoHoursAllResolveTwoHoursAhead(String transcript) {
    Interpretation i = interpret(transcript);
    assertThat(i.intent()).isEqualTo(Intent.CREATE_REMINDER);
    assertThat(i.scheduledFor()).isEqualTo(NOW.plus(Duration.ofHours(2)));
    assertThat(i.language()).isEqualTo("ar");
  }

  @Test
  void persianLettersAndDigitsAreUnderstood() {
    Interpretation i = interpret("ذكرني بعد ۳۰ دقیقه");
    assertThat(i.scheduledFor()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    assertThat(i.content().title()).isEqualTo("تذكير");
  }
}
