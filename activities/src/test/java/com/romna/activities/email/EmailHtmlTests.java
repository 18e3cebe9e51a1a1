package com.romna.activities.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailHtmlTests {

  @Test
  void arabicTextIsRightToLeftEscapedWithItsLineBreaks() {
    assertThat(EmailHtml.render("السلام عليكم\r\nالسعر < ١٠٠ & \"مؤكد\"\n'شكرا'", "ar"))
        .isEqualTo(
            "<div dir=\"rtl\" lang=\"ar\" style=\"text-align:right\">السلام عليكم<br>\n"
                + "السعر &lt; ١٠٠ &amp; &quot;مؤكد&quot;<br>\n&#39;شكرا&#39;</div>");
  }

  @Test
  void englishTextIsLeftToRightEvenForAnArabicSpeaker() {
    assertThat(EmailHtml.render("Hi John,\n<b>not bold</b>", "ar"))
        .isEqualTo("<div dir=\"ltr\">Hi John,<br>\n&lt;b&gt;not bold&lt;/b&gt;</div>");
  }

  @Test
  void arabicTextWithAnEnglishNameAndAddressStaysRightToLeft() {
    assertThat(
            EmailHtml.isRightToLeft(
                "مرحبا John، أرسل التقرير إلى team@example.com اليوم من فضلك", "en"))
        .isTrue();
  }

  @Test
  void textWithoutLettersFollowsTheLocale() {
    assertThat(EmailHtml.isRightToLeft("10:30 ✔", "ar-SA")).isTrue();
    assertThat(EmailHtml.isRightToLeft("10:30 ✔", "en")).isFalse();
    assertThat(EmailHtml.isRightToLeft("10:30 ✔", null)).isFalse();
  }

  @Test
  void scriptTagsAndEntitiesAreInertText() {
    assertThat(EmailHtml.escape("<script>alert('x')</script> &amp;"))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;amp;");
  }
}
