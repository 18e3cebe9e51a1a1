package com.romna.understanding.content;

import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.Phrases;
import com.romna.understanding.text.Token;
import com.romna.understanding.text.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The words that frame a request rather than carry its content. */
public final class ContentWords {
  private ContentWords() {}

  /** Politeness and request verbs said before the command word ("please set a", "جهز رسالة"). */
  static final Set<String> PREAMBLE = Words.set(
      "please", "pls", "kindly", "hey", "hi", "ok", "okay", "romna", "can", "could", "would", "will",
      "you", "i", "want", "need", "like", "to", "set", "create", "add", "make", "schedule", "put",
      "a", "an", "the", "new", "me", "my", "send", "write", "draft", "compose", "prepare", "shoot", "and",
      "ممكن", "لو", "سمحت", "من", "فضلك", "فضلا", "رجاء", "ابغى", "ابغي", "ابي", "أريد", "بدي", "عايز",
      "عاوز", "حط", "ضع", "اضبط", "ظبط", "سوي", "اعمل", "لي", "يا", "رومنا", "جهز", "جهزي", "حضر",
      "أرسل", "ارسلي", "ابعث", "ابعت", "اكتب", "رسالة", "و", "أضف", "اضيف", "ضيف", "سجل", "ضيفي", "أضيفي", "هل", "تقدر", "تقدري");

  /** Connectors between the command and its content ("remind me to", "ذكرني أن", "saying that"). */
  static final Map<String, List<String[]>> LEADING = byWord(true,
      "me", "up", "please", "to", "for", "that", "about", "of", "saying", "says", "say", "telling",
      "tell", "message", "msg", "text", "with", "regarding", "subject", "the subject", "with subject",
      "و", "أن", "أني", "إني", "انه", "أنها", "انو", "بأن", "عن", "ب", "ل", "على", "إلى", "رسالة",
      "إلكتروني", "إلكترونية", "يقول", "تقول", "بخصوص", "حول", "بموضوع", "لي", "لو سمحت", "من فضلك");

  static final Map<String, List<String[]>> TRAILING = byWord(false,
      "please", "thanks", "thank you", "لو سمحت", "من فضلك", "فضلا", "رجاء", "شكرا");

  /** Prepositions left dangling before a time: "for tomorrow", "on 5pm", "في الساعة". */
  static final Set<String> BEFORE_TIME = Words.set(
      "at", "on", "in", "by", "for", "after", "from", "في", "على", "ع", "عند", "يوم", "بتاريخ");

  /** Words that open an e-mail's or message's content: "about the report", "أني راح أتأخر". */
  public static final Set<String> MESSAGE_MARKERS = Words.set(
      "about", "regarding", "saying", "that", "subject", "re", "telling",
      "عن", "بخصوص", "حول", "بموضوع", "أن", "أني", "إني", "انه", "أنها", "انو", "بأن", "يقول", "تقول");

  /** Words that point at the recipient ("to john@x.com", "إلى +966..."). */
  static final Set<String> TO = Words.set("to", "for", "on", "إلى", "ل", "لـ", "على");

  private static final String IN = NormalisedText.fold("إن");
  private static final String SHAA = NormalisedText.fold("شاء");

  /** "إن شاء الله" opens many messages; its "إن" is not the connector "أن" (both fold to "ان"). */
  static boolean inshallah(List<Token> tokens, int i) {
    return Words.is(tokens, i, IN) && Words.is(tokens, i + 1, SHAA);
  }

  /**
   * Phrases by the word they are met at first: their first word when stripped from the start, their last when
   * stripped from the end. In each list, the order they are written in.
   */
  private static Map<String, List<String[]>> byWord(boolean first, String... phrases) {
    Map<String, List<String[]>> out = new HashMap<>();
    for (String p : phrases) {
      String[] words = NormalisedText.fold(p).split(" ");
      out.computeIfAbsent(words[first ? 0 : words.length - 1], k -> new ArrayList<>(2)).add(words);
    }
    return out;
  }
}
