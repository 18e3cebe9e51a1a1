package com.romna.api.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanTextTests {

  @Test
  void bidiOverridesAndIsolatesAreRemovedSoTextShowsAsItIs() {
    assertThat(CleanText.clean("email bob\u202Emoc.live@\u202C about it")).isEqualTo("email bobmoc.live@ about it");
    assertThat(CleanText.clean("\u2066call\u2069 \u200Fmom\u200E \u061C")).isEqualTo("call mom ");
  }

  @Test
  void invisibleAndControlCharactersGoLineBreaksBecomeSpaces() {
    assertThat(CleanText.clean("re\u200Bmind\u00AD me\u0000\u0007 in 2\u00A0hours\uFEFF")).isEqualTo("remind me in 2\u00A0hours");
    assertThat(CleanText.clean("line one\r\nline two\u2028three\tfour")).isEqualTo("line one  line two three four");
    // Tag characters smuggle hidden instructions to language models.
    assertThat(CleanText.clean("hi\uDB40\uDC41\uDB40\uDC42")).isEqualTo("hi");
    assertThat(CleanText.clean("lone \uD800 surrogate \uFFFF")).isEqualTo("lone  surrogate ");
  }

  @Test
  void textIsComposedToNfcAndJoinersArabicNeedsStay() {
    assertThat(CleanText.clean("\u0627\u0654\u062D\u0645\u062F")).isEqualTo("\u0623\u062D\u0645\u062F");
    assertThat(CleanText.clean("Cafe\u0301")).isEqualTo("Café");
    assertThat(CleanText.clean("می\u200Cخواهم 👨\u200D👩\u200D👧")).isEqualTo("می\u200Cخواهم 👨\u200D👩\u200D👧");
    assertThat(CleanText.clean("ذكرني بعد ساعتين بالدواء")).isEqualTo("ذكرني بعد ساعتين بالدواء");
  }

  @Test
  void plainTextIsReturnedAsIs() {
    String plain = "remind me in 2 hours to call mom";
    assertThat(CleanText.clean(plain)).isSameAs(plain);
    assertThat(CleanText.clean(null)).isNull();
  }
}
