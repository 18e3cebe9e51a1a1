package com.romna.api.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactNamesTests {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "Sara | sara",
      "  SARA  | sara",
      "José | jose",
      "Zoë Müller | zoe muller",
      "John   Smith | john smith",
      "O'Brien | o brien",
      "Al-Rashid | rashid",
      "el-Sayed | sayed",
      "أحمد | احمد",
      "إيمان | ايمان",
      "آمنة | امنه",
      "أحْمَد | احمد",
      "أحـــمد | احمد",
      "سارة | ساره",
      "ساره | ساره",
      "منى | مني",
      "مؤمن | مومن",
      "هائل | هايل",
      "الحربي | حربي",
      "ٱلحربي | حربي",
      "عبد الرحمن | عبد الرحمن",
      "ﺃﺣﻤﺪ | احمد",
  })
  void foldsCaseMarksAndLetterVariants(String name, String key) {
    assertThat(ContactNames.key(name)).isEqualTo(key);
  }

  @Test
  void spellingsOfTheSameNameMeet() {
    assertThat(ContactNames.key("أحمد")).isEqualTo(ContactNames.key("احمد")).isEqualTo(ContactNames.key("إحمد"));
    assertThat(ContactNames.key("فاطمة")).isEqualTo(ContactNames.key("فاطمه"));
    assertThat(ContactNames.key("ليلى")).isEqualTo(ContactNames.key("ليلي"));
    assertThat(ContactNames.key("المدير")).isEqualTo(ContactNames.key("مدير"));
    assertThat(ContactNames.key("Al-Amin")).isEqualTo(ContactNames.key("amin"));
  }

  @Test
  void differentNamesStayApart() {
    assertThat(ContactNames.key("Sara")).isNotEqualTo(ContactNames.key("Sarah"));
    assertThat(ContactNames.key("علاء")).isNotEqualTo(ContactNames.key("علا"));
    assertThat(ContactNames.key("Al")).isEqualTo("al");
    assertThat(ContactNames.key("الي")).isEqualTo("الي");
  }

  @Test
  void nothingButMarksAndPunctuationIsEmpty() {
    assertThat(ContactNames.key("ـــ")).isEmpty();
    assertThat(ContactNames.key(" - ")).isEmpty();
    assertThat(ContactNames.key("\u064e\u064f")).isEmpty();
  }

  @Test
  void aSpokenArabicNameAlsoTriesTheLamUnderstandingTookForAPreposition() {
    assertThat(ContactNames.candidates("أحمد")).containsExactly("احمد", "لاحمد");
    assertThat(ContactNames.candidates("ينا")).containsExactly("ينا", "لينا");
    assertThat(ContactNames.candidates("لمدير")).containsExactly("لمدير", "للمدير", "مدير");
    assertThat(ContactNames.candidates("Sara")).containsExactly("sara");
  }
}
