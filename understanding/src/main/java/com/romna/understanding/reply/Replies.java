package com.romna.understanding.reply;

import com.romna.understanding.Content;
import com.romna.understanding.Intent;
import com.romna.understanding.Interpretation;
import com.romna.understanding.PlanCommand;
import com.romna.understanding.PlanKind;
import com.romna.understanding.Recurrence;
import com.romna.understanding.Understanding;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The short sentence the app speaks back, in the user's language: what will happen and when ("OK, I'll remind
 * you tomorrow, Thursday 26 November, at 9:00 AM to pay rent"; "تمام، راح أذكرك بكرة الخميس ٢٦ نوفمبر الساعة
 * ٩:٠٠ الصبح تدفع الإيجار"), or what is missing. The local date is said whenever it is not today; Arabic uses
 * Arabic-Indic digits.
 */
public final class Replies {
  private static final String[] AR_MONTHS = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
      "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
  private static final String[] AR_DAYS = {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"};
  /** Looked up once: a locale's names cost more than the rest of a reply. */
  private static final String[] EN_MONTHS = java.util.Arrays.stream(java.time.Month.values())
      .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toArray(String[]::new);
  private static final String[] EN_DAYS = java.util.Arrays.stream(java.time.DayOfWeek.values())
      .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toArray(String[]::new);

  private Replies() {}

  public static String of(Interpretation in, ZonedDateTime now) {
    boolean ar = "ar".equals(in.language());
    if (in.command() != null) {
      // What was asked; /api/voice/decide carries it out and says what it did.
      boolean unclear = in.timeProblem() == null || in.timeProblem() == Interpretation.TimeProblem.UNCLEAR;
      String problem = unclear ? "" : " " + time(in.timeProblem(), null, ar); // "to Thursday at 5": am or pm?
      return ar ? "فهمت إنك تبي " + action(in.command(), true) + "." + problem
          : "I understood you want to " + action(in.command(), false) + "." + problem;
    }
    if (in.intent() == null) {
      return ar ? "عذرًا، أقدر أضبط تذكيرات ومنبهات وأجهز إيميلات ورسائل واتساب فقط."
          : "Sorry, I can set reminders and alarms and draft emails and WhatsApp messages.";
    }
    if (in.scheduledFor() == null) {
      return time(in.timeProblem(), in.intent(), ar);
    }
    String when = when(in.scheduledFor(), now, ar);
    String repeats = in.recurrence() == null ? "" : ar ? " (ويتكرر)" : " (repeating)";
    String title = in.content() == null ? null : in.content().title();
    return switch (in.intent()) {
      case CREATE_REMINDER -> ar
          ? "تمام، راح أذكرك " + when + repeats + (isDefault(title) ? "" : ": " + title)
          : "OK, I'll remind you " + when + repeats + (isDefault(title) ? "" : ": " + title) + ".";
      case CREATE_ALARM -> ar ? "تمام، ضبطت المنبه " + when + repeats : "OK, your alarm is set for " + when + repeats + ".";
      case SEND_EMAIL -> ar ? "جهزت الإيميل" + to(in, true) + "، وينتظر موافقتك."
          : "I've drafted the email" + to(in, false) + "; it waits for your approval.";
      case SEND_WHATSAPP -> ar ? "جهزت رسالة الواتساب" + to(in, true) + "، وتنتظر موافقتك."
          : "I've drafted the WhatsApp message" + to(in, false) + "; it waits for your approval.";
    };
  }

  private static boolean isDefault(String title) {
    return title == null || title.equals(Understanding.REMINDER_AR) || title.equals(Understanding.REMINDER_EN);
  }

  private static String to(Interpretation in, boolean ar) {
    String who = in.recipientName() != null ? in.recipientName() : in.recipient();
    return who == null ? "" : ar ? " إلى " + digits(who, true) : " to " + who;
  }

  private static String time(Interpretation.TimeProblem problem, Intent intent, boolean ar) {
    if (problem == Interpretation.TimeProblem.PAST) {
      return ar ? "هذا الوقت فات. متى تبيني أذكرك؟" : "That time has already passed. When should it be?";
    }
    if (problem == Interpretation.TimeProblem.AMBIGUOUS) {
      return ar ? "الوقت مو واضح. قل لي اليوم والساعة مرة وحدة، وهل هي الصبح أو العصر أو بالليل."
          : "The time is ambiguous. Please say the day and time once, with am or pm.";
    }
    if (intent == Intent.CREATE_ALARM) {
      return ar ? "على أي ساعة أضبط المنبه؟" : "What time should the alarm ring?";
    }
    if (intent == Intent.SEND_EMAIL || intent == Intent.SEND_WHATSAPP) {
      return ar ? "متى أرسلها؟" : "When should it be sent?";
    }
    return ar ? "متى أذكرك؟ قل لي اليوم والساعة." : "When should I remind you? Please say the day and time.";
  }

  private static String action(PlanCommand c, boolean ar) {
    String kind = c.target() == null ? (ar ? "مواعيدك" : "your plans") : noun(c.target(), ar);
    return switch (c.action()) {
      case CANCEL -> (ar ? "تلغي " : "cancel ") + kind;
      case SNOOZE -> (ar ? "تأجل " : "snooze ") + kind;
      case RESCHEDULE -> (ar ? "تغير وقت " : "move ") + kind;
      case LIST, QUERY -> (ar ? "تعرف " : "know about ") + kind;
    };
  }

  private static String noun(PlanKind k, boolean ar) {
    return switch (k) {
      case REMINDER -> ar ? "التذكير" : "your reminder";
      case ALARM -> ar ? "المنبه" : "your alarm";
      case EMAIL -> ar ? "الإيميل" : "your email";
      case WHATSAPP -> ar ? "رسالة الواتساب" : "your WhatsApp message";
    };
  }

  /** "today at 9:00 AM", "tomorrow, Thursday 26 November, at 9:00 AM", "on Friday 27 November at 9:00 AM". */
  static String when(Instant at, ZonedDateTime now, boolean ar) {
    ZonedDateTime t = at.atZone(now.getZone());
    LocalDate today = now.toLocalDate();
    LocalDate day = t.toLocalDate();
    String clock = clock(t, ar);
    boolean early = now.getHour() < 4;
    if (ar) {
      String date = AR_DAYS[day.getDayOfWeek().ordinal()] + " " + day.getDayOfMonth() + " " + AR_MONTHS[day.getMonthValue() - 1]
          + (day.getYear() != today.getYear() ? " " + day.getYear() : "");
      String d = day.equals(today) ? (early ? "اليوم " + date : "اليوم") : day.equals(today.plusDays(1)) ? "بكرة " + date
          : "يوم " + date;
      return digits(d + " الساعة " + clock, true);
    }
    String date = EN_DAYS[day.getDayOfWeek().ordinal()] + " " + day.getDayOfMonth() + " "
        + EN_MONTHS[day.getMonthValue() - 1]
        + (day.getYear() != today.getYear() ? " " + day.getYear() : "");
    if (day.equals(today)) { // after midnight "today" is easily taken for the day before: say the date
      return early ? "today, " + date + ", at " + clock : "today at " + clock;
    }
    return day.equals(today.plusDays(1)) ? "tomorrow, " + date + ", at " + clock : "on " + date + " at " + clock;
  }

  private static String clock(ZonedDateTime t, boolean ar) {
    int h = t.getHour();
    int twelve = h % 12 == 0 ? 12 : h % 12;
    int m = t.getMinute();
    String hm = twelve + (m < 10 ? ":0" : ":") + m;
    if (!ar) {
      return hm + (h < 12 ? " AM" : " PM");
    }
    String part = h < 4 ? "بالليل" : h < 12 ? "الصبح" : h < 15 ? "الظهر" : h < 18 ? "العصر" : h < 21 ? "المسا" : "بالليل";
    return hm + " " + part;
  }

  /** Arabic-Indic digits for Arabic replies. */
  static String digits(String s, boolean ar) {
    if (!ar) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      out.append(c >= '0' && c <= '9' ? (char) ('٠' + (c - '0')) : c);
    }
    return out.toString();
  }
}
