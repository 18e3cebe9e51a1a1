package com.romna.understanding.intents;

import com.romna.understanding.Intent;
import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.Phrases;
import com.romna.understanding.text.Token;
import com.romna.understanding.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the command word. The earliest one wins, so "remind me to email John" is a reminder and
 * "set an alarm to remind me" an alarm; at the same place the longest phrase wins.
 */
public final class IntentDetector {

  public record Match(Intent intent, int start, int end) {
    /** "set a timer for 10 minutes": the length said after "for" counts from now. */
    boolean timer(List<Token> tokens) {
      for (String w : TIMERS) {
        if (Words.is(tokens, start, NormalisedText.fold(w))) {
          return true;
        }
      }
      return false;
    }
  }

  /** {@code keep}: trailing words that name what is planned ("schedule a <meeting>") and stay in the title. */
  private record Phrase(Intent intent, String[] words, int keep) {}
  private static final java.util.Set<String> OBJECTS = Words.set("meeting", "call", "appointment", "event",
      "lunch", "dinner", "موعد", "اجتماع");

  private static final List<Phrase> PHRASES;
  private static final Phrases<Phrase> INDEX = new Phrases<>();
  /** A timer is an alarm after a length of time: "set a timer for 10 minutes". */
  public static final String[] TIMERS = {"timer", "timers", "countdown", "مؤقت", "تايمر", "عداد"};

  static {
    List<Phrase> phrases = new ArrayList<>();
    add(phrases, Intent.CREATE_REMINDER, "remind", "reminder", "reminders", "don't let me forget",
        "dont let me forget", "do not let me forget", "notify me", "alert me",
        "ذكرني", "ذكريني", "ذكّرني", "فكرني", "فكريني", "تذكير", "ذكرنا", "تذكيري", "تذكيرا", "تذكيراً", "نبهني",
        "نبهيني", "نبّهني", "ذكروني", "لا تخليني انسى", "تذكرني", "تذكريني", "تفكرني");
    // the calendar is where people put what they want to be reminded of
    add(phrases, Intent.CREATE_REMINDER, "on my calendar", "to my calendar", "in my calendar", "onto my calendar",
        "on the calendar", "to the calendar", "on my schedule", "to my schedule", "in my schedule",
        "mark my calendar", "mark the calendar", "schedule a meeting", "schedule a call", "schedule an appointment",
        "schedule an event", "schedule lunch", "schedule dinner", "set up a meeting", "set up a call",
        "set up an appointment", "book a meeting", "book an appointment", "create an event", "create a meeting",
        "create an appointment", "add an event", "add a meeting", "add an appointment", "new event",
        "new meeting", "new appointment", "set a meeting", "make an appointment", "plan a meeting",
        "في التقويم", "على التقويم", "للتقويم", "بالتقويم", "في تقويمي", "في الرزنامة", "في جدولي", "على جدولي",
        "احجز موعد", "سجل موعد", "أضف موعد", "ضيف موعد", "حط موعد", "حدد موعد", "أضف اجتماع", "حط اجتماع");
    add(phrases, Intent.CREATE_ALARM, "wake me", "wake up", "alarm", "alarms", "alarm clock", "get me up",
        "صحيني", "صحّيني", "صحني", "منبه", "فيقني", "فيقيني", "قومني", "قوميني", "أيقظني", "ايقظني", "أيقظيني",
        "اصحيني", "تصحيني", "تصحّيني", "توقظني", "تقومني", "تفيقني");
    add(phrases, Intent.CREATE_ALARM, TIMERS);
    add(phrases, Intent.SEND_EMAIL, "email", "e-mail", "mail", "emails",
        "إيميل", "ايميل", "إيميلات", "بريد", "بريدا", "بريدًا", "ميل", "رسالة إلكترونية");
    add(phrases, Intent.SEND_WHATSAPP, "whatsapp", "whats app", "whats-app", "what's app", "whatsapp's",
        "واتساب", "واتس اب", "واتس آب", "واتس", "وتساب", "واتسب");
    phrases.sort(Comparator.comparingInt((Phrase p) -> p.words().length).reversed());
    PHRASES = List.copyOf(phrases);
    for (Phrase p : PHRASES) {
      INDEX.add(p, String.join(" ", p.words()));
    }
  }

  private IntentDetector() {}

  private static void add(List<Phrase> to, Intent intent, String... phrases) {
    for (String phrase : phrases) {
      String[] words = NormalisedText.fold(phrase).split(" ");
      int keep = words.length > 1 && OBJECTS.contains(words[words.length - 1]) ? 1 : 0;
      to.add(new Phrase(intent, words, keep));
    }
  }

  public static Match detect(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).isWord()) {
        continue;
      }
      Phrases.Hit<Phrase> hit = INDEX.at(tokens, i);
      if (hit != null) {
        Phrase phrase = hit.value();
        return new Match(phrase.intent(), i, i + phrase.words().length - phrase.keep());
      }
    }
    return null;
  }


}
