package com.romna.understanding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the command word. The earliest one wins, so "remind me to email John" is a reminder and
 * "set an alarm to remind me" an alarm; at the same place the longest phrase wins.
 */
final class IntentDetector {

  record Match(Intent intent, int start, int end) {}

  private record Phrase(Intent intent, String[] words) {}

  private static final List<Phrase> PHRASES;

  static {
    List<Phrase> phrases = new ArrayList<>();
    add(phrases, Intent.CREATE_REMINDER, "remind", "reminder", "reminders", "don't let me forget",
        "dont let me forget", "do not let me forget",
        "ذكرني", "ذكريني", "ذكّرني", "فكرني", "فكريني", "تذكير", "ذكرنا");
    add(phrases, Intent.CREATE_ALARM, "wake me", "wake up", "alarm", "alarms", "alarm clock",
        "صحيني", "صحّيني", "صحني", "منبه", "فيقني", "فيقيني", "قومني", "قوميني");
    add(phrases, Intent.SEND_EMAIL, "email", "e-mail", "mail", "emails",
        "إيميل", "ايميل", "إيميلات", "بريد", "ميل", "رسالة إلكترونية");
    add(phrases, Intent.SEND_WHATSAPP, "whatsapp", "whats app", "whats-app", "what's app", "whatsapp's",
        "واتساب", "واتس اب", "واتس آب", "واتس", "وتساب", "واتسب");
    phrases.sort(Comparator.comparingInt((Phrase p) -> p.words().length).reversed());
    PHRASES = List.copyOf(phrases);
  }

  private IntentDetector() {}

  private static void add(List<Phrase> to, Intent intent, String... phrases) {
    for (String phrase : phrases) {
      to.add(new Phrase(intent, NormalisedText.fold(phrase).split(" ")));
    }
  }

  static Match detect(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).isWord()) {
        continue;
      }
      for (Phrase phrase : PHRASES) {
        if (matches(tokens, i, phrase.words())) {
          return new Match(phrase.intent(), i, i + phrase.words().length);
        }
      }
    }
    return null;
  }

  private static boolean matches(List<Token> tokens, int i, String[] words) {
    if (i + words.length > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      String w = Words.text(tokens, i + k);
      if (!w.equals(words[k]) && !(Words.arabic(w) && Words.stems(w).contains(words[k]))) {
        return false;
      }
    }
    return true;
  }
}
