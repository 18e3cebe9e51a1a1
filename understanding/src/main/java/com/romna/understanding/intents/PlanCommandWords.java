package com.romna.understanding.intents;

import com.romna.understanding.PlanCommand;
import com.romna.understanding.PlanKind;
import com.romna.understanding.text.NormalisedText;
import com.romna.understanding.text.Phrases;
import com.romna.understanding.text.Token;
import com.romna.understanding.text.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The verbs and nouns of {@link PlanCommands}, in English and Gulf, Levantine and Egyptian Arabic. */
final class PlanCommandWords {

  /**
   * A verb phrase; {@code alone} when it needs no plan noun ("snooze"), {@code target} when it names one. {@code
   * it}: the verb carries "it" ("أجّله", "move it"), so it names a plan without saying which, and a move by it
   * needs a new time; {@code timeNext}: only a time said right after it makes it a command ("خليها بعد ساعة"),
   * since "خليها" alone is "never mind" and "make it" is many things.
   */
  record Verb(PlanCommand.Action action, int length, boolean alone, PlanKind target, boolean it, boolean timeNext) {}

  private enum It { NONE, IT, TIME_NEXT }

  private record Phrase(PlanCommand.Action action, String[] words, boolean alone, PlanKind target, It it) {}

  private static final List<Phrase> VERBS = new ArrayList<>();
  private static final Phrases<Phrase> INDEX = new Phrases<>();
  private static final Map<String, PlanKind> NOUNS = new HashMap<>();
  /** General plan nouns that also say what a plan is about: "my meeting reminder", "تذكير الاجتماع". */
  private static final java.util.Set<String> NAMING = Words.set("meeting", "meetings", "event", "events",
      "appointment", "appointments", "اجتماع", "اجتماعات", "اجتماعي");

  static {
    verbs(PlanCommand.Action.CANCEL, false, "cancel", "delete", "remove", "clear", "dismiss", "stop", "disable",
        "turn off", "switch off", "get rid of", "call off", "erase", "الغي", "ألغِ", "الغ", "إلغاء", "الغاء",
        "الغى", "امسح", "امسحي", "احذف", "احذفي", "شيل", "شيلي", "كنسل", "كنسلي", "وقف", "وقفي", "أوقف", "طفي",
        "اطفي", "طفّي", "سكّر", "بطّل", "لغي", "ألغيلي", "الغيلي", "امسحلي", "أطفئ", "اطفئ", "أطفِئ", "طفي",
        "سكت", "اسكت", "أسكت", "أوقفي", "ألغي", "cancel all", "delete all", "remove all", "turn it off", "shut off",
        "احذف كل", "امسح كل", "ألغ كل");
    verbs(PlanCommand.Action.CANCEL, true, "don't remind me", "dont remind me", "do not remind me",
        "لا تذكرني", "ما تذكرني", "ماتذكرنيش", "متفكرنيش");
    for (Phrase p : List.copyOf(VERBS)) { // "don't remind me" is about reminders
      if (p.alone() && p.action() == PlanCommand.Action.CANCEL) {
        VERBS.set(VERBS.indexOf(p), new Phrase(p.action(), p.words(), true, PlanKind.REMINDER, It.NONE));
      }
    }
    verbs(PlanCommand.Action.SNOOZE, false, "postpone", "delay", "push back", "put off", "move back", "أجّل",
        "أجلي", "أخّر", "أخري", "أجل", "اخر", "تأجيل", "أجللي");
    verbs(PlanCommand.Action.SNOOZE, true, "snooze", "غفوة", "سنوز", "غفوه");
    // "it" in the verb: Arabic glues it on ("أجّله" put it off), English says it next. Not for cancel: "طفيه"
    // (turn it off) is said to an alarm ringing, and the one plan left to cancel would be another one
    it(PlanCommand.Action.SNOOZE, It.IT, "أجله", "أجلها", "أجلهم", "أخره", "أخرها", "أخرهم", "اجله", "اجلها",
        "اخره", "اخرها", "postpone it", "delay it", "push it back", "put it off");
    it(PlanCommand.Action.RESCHEDULE, It.IT, "غيره", "غيرها", "انقله", "انقلها", "حوله", "حولها", "عدله",
        "عدلها", "move it", "change it", "shift it", "reschedule it", "push it");
    it(PlanCommand.Action.RESCHEDULE, It.TIME_NEXT, "خليه", "خليها", "خليهم", "خلها", "خله", "make it");
    verbs(PlanCommand.Action.RESCHEDULE, false, "reschedule", "move", "change", "shift", "update", "edit",
        "غير", "غيري", "عدل", "عدلي", "انقل", "انقلي", "بدل", "حول");
    verbs(PlanCommand.Action.LIST, true, "وش عندي", "شو عندي", "ايش عندي", "إيش عندي", "ماذا لدي", "ما عندي",
        "what do i have", "what have i got", "what's on", "whats on", "what is on");
    verbs(PlanCommand.Action.QUERY, false, "what time", "when", "when's", "did i", "have i", "is my", "is the",
        "is there", "are there", "are my", "is it", "does my", "do i", "how many", "متى", "هل", "امتى", "إمتى",
        "ايمتى", "وقتيش");
    verbs(PlanCommand.Action.LIST, false, "show", "list", "what are", "what're", "what", "which", "read",
        "tell me", "do i have", "any", "see", "view", "check", "what's", "whats", "what is", "what's on",
        "ماذا", "ما", "وش", "ايش", "شو", "إيش", "ايه", "اعرض", "اعرضي",
        "وريني", "ورني", "فرجيني", "شوف", "اقرا", "اقرأ", "ما هي", "ماهي", "عندي", "كم", "قائمة", "شنو");
    nouns(PlanKind.REMINDER, "reminder", "reminders", "تذكير", "تذكيرات", "تذكيري", "تذكيراتي", "التذكير",
        "التذكيرات", "تنبيه", "تنبيهات");
    nouns(PlanKind.ALARM, "alarm", "alarms", "منبه", "منبهات", "منبهي", "المنبه", "المنبهات", "منبّه");
    nouns(PlanKind.EMAIL, "email", "emails", "e-mail", "mail", "إيميل", "ايميل", "إيميلات", "الإيميل");
    nouns(PlanKind.WHATSAPP, "whatsapp", "message", "messages", "text", "واتساب", "رسالة", "رسايل", "رسائل",
        "الرسالة", "الواتساب");
    for (String plan : new String[] {"plan", "plans", "schedule", "tasks", "مواعيد", "مواعيدي", "خطط", "مهام",
        "calendar", "agenda", "meeting", "meetings", "event", "events", "appointment", "appointments", "timer",
        "timers", "موعد", "موعدي", "التقويم", "تقويمي", "اجتماع", "اجتماعات", "اجتماعي", "جدول", "جدولي",
        "المؤقت", "مؤقت"}) {
      NOUNS.put(NormalisedText.fold(plan), null);
    }
  }

  static {
    for (Phrase p : VERBS) {
      INDEX.add(p, String.join(" ", p.words()));
    }
  }

  private PlanCommandWords() {}

  private static void verbs(PlanCommand.Action action, boolean alone, String... phrases) {
    for (String p : phrases) {
      VERBS.add(new Phrase(action, NormalisedText.fold(p).split(" "), alone, null, It.NONE));
    }
    VERBS.sort((a, b) -> b.words().length - a.words().length);
  }

  private static void it(PlanCommand.Action action, It it, String... phrases) {
    for (String p : phrases) {
      VERBS.add(new Phrase(action, NormalisedText.fold(p).split(" "), true, null, it));
    }
    VERBS.sort((a, b) -> b.words().length - a.words().length);
  }

  private static void nouns(PlanKind type, String... words) {
    for (String w : words) {
      NOUNS.put(NormalisedText.fold(w), type);
    }
  }

  static Verb verb(List<Token> t, int i) {
    Phrases.Hit<Phrase> hit = INDEX.at(t, i);
    Phrase p = hit == null ? null : hit.value();
    return p == null ? null : new Verb(p.action(), p.words().length, p.alone(), p.target(), p.it() != It.NONE,
        p.it() == It.TIME_NEXT);
  }

  static boolean isNoun(List<Token> t, int k) {
    for (String stem : Words.stems(Words.text(t, k))) {
      if (NOUNS.containsKey(stem)) {
        return true;
      }
    }
    return false;
  }

  static boolean names(List<Token> t, int k) {
    for (String stem : Words.stems(Words.text(t, k))) {
      if (NAMING.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  static PlanKind target(List<Token> t, int k) {
    for (String stem : Words.stems(Words.text(t, k))) {
      if (NOUNS.containsKey(stem)) {
        return NOUNS.get(stem);
      }
    }
    return null;
  }
}
