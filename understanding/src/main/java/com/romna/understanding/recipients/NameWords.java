package com.romna.understanding.recipients;

import com.romna.understanding.text.Words;
import java.util.Set;

/** The words around a recipient's name, and the words that are never one. */
final class NameWords {
  private NameWords() {}

  /** Between the command and the name: "email message to Sara", "ارسل رسالة لأحمد". */
  static final Set<String> FILLERS = Words.set("message", "msg", "note", "رسالة", "مسج");

  static final Set<String> TO = Words.set("to", "for", "إلى", "ل", "لـ", "على", "ع");

  /** "email my boss": the contact is "boss". */
  static final Set<String> MY = Words.set("my", "our");

  /** Verbs a name can follow before the command: "send Sara an email", "text Ahmed on whatsapp". */
  static final Set<String> SEND_VERBS = Words.set(
      "send", "message", "text", "write", "shoot", "drop", "ping",
      "أرسل", "ارسلي", "ابعث", "ابعثي", "ابعت", "ابعتي", "بعت", "طرش", "جهز", "جهزي", "اكتب", "اكتبي");

  /** What may stand between such a name and the command: "Sara an email", "لأحمد على الواتساب". */
  static final Set<String> BETWEEN = Words.set(
      "a", "an", "the", "on", "via", "by", "through", "over", "using", "in", "with", "message", "msg",
      "text", "على", "ع", "عبر", "في", "رسالة", "مسج");

  /** First words of two-word Arabic names: "عبد الله", "أبو محمد", "أم سارة". */
  static final Set<String> COMPOUND = Words.set("عبد", "أبو", "بو", "أم", "بن", "ابن", "بنت", "آل");

  /** Pronouns, articles, fillers and adverbs: "whatsapp him", "send an email", "لهم". */
  static final Set<String> STOP = Words.set(
      "me", "him", "her", "them", "us", "it", "you", "everyone", "everybody", "someone", "somebody",
      "anyone", "all", "the", "a", "an", "this", "that", "these", "those", "now", "please", "pls", "quickly",
      "again", "back", "also", "then", "later", "soon", "asap", "and", "or", "message", "msg", "text", "note",
      "saying", "i", "i'm", "im", "i'll", "i've", "i'd", "we", "we're", "urgent", "quick", "short", "brief",
      "new", "another", "formal", "reply", "same", "one", "some", "with", "without", "from", "of", "in", "at",
      "on", "by", "via", "through", "over", "is", "are", "was", "to", "for", "my", "our", "your", "his",
      "their", "up", "out", "right", "immediately",
      "هو", "هي", "هم", "هن", "ها", "نا", "كم", "كل", "الكل", "لكل", "الجميع", "جميع", "لجميع", "حد",
      "واحد", "الان", "هلا", "هلق", "بسرعة", "يا", "لو", "من", "في", "على", "عن", "و", "إلى", "ل", "ع",
      "رسالة", "مسج", "لي", "عبر", "بعدين");
}
