package com.romna.api.voice;

import com.romna.api.plans.Plan;
import com.romna.understanding.Interpretation;
import com.romna.understanding.reply.SpokenTimes;
import com.romna.workflows.IntentType;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;

/** What ROMNA says back after a voice command on existing plans, in the user's language. */
final class CommandReplies {

  private final boolean ar;
  private final ZonedDateTime now;

  CommandReplies(boolean ar, ZonedDateTime now) {
    this.ar = ar;
    this.now = now;
  }

  String cancelled(Plan plan) {
    return ar ? "تم، ألغيت " + noun(plan.intentType()) + titled(plan)
        : "Done, I cancelled " + noun(plan.intentType()) + titled(plan) + ".";
  }

  String sending(Plan plan) {
    return ar ? noun(plan.intentType()) + " ينرسل الحين، ممكن يوصل؛ وما راح ينرسل شي بعده."
        : "It's being sent right now, so it may still arrive; nothing more will be sent.";
  }

  String alreadySent(Plan plan) {
    return ar ? noun(plan.intentType()) + " انرسل قبل، وما أقدر أرجعه." : "It was already sent; I can't take it back.";
  }

  String moved(Plan plan, Instant at, boolean snoozed) {
    String when = SpokenTimes.when(at, now, ar);
    if (ar) {
      return (snoozed ? "تم التأجيل، " : "تم، ") + "صار " + noun(plan.intentType()) + " " + when;
    }
    return (snoozed ? "Snoozed: " : "Moved: ") + noun(plan.intentType()) + titled(plan) + " is now " + when + ".";
  }

  String finished(Plan plan) {
    return ar ? "ما أقدر أغيره: " + noun(plan.intentType()) + " خلص." : "I can't change it: it has already finished.";
  }

  String listed(List<Plan> plans) {
    if (plans.isEmpty()) {
      return ar ? "ما عندك شي." : "You have nothing planned.";
    }
    String items = plans.stream().map(this::item).collect(Collectors.joining(ar ? "، " : "; "));
    return ar ? SpokenTimes.digits("عندك " + plans.size() + ": ", true) + items
        : "You have " + plans.size() + ": " + items + ".";
  }

  String ambiguous(List<Plan> plans) {
    String items = plans.stream().map(this::item).collect(Collectors.joining(ar ? "، " : "; "));
    return ar ? SpokenTimes.digits("لقيت " + plans.size() + " تطابق كلامك، أيهم تقصد؟ ", true) + items
        : "I found " + plans.size() + " that match; which one? " + items + ".";
  }

  String noMatch() {
    return ar ? "ما لقيت شي يطابق كلامك، وما غيرت شي." : "I couldn't find a plan matching that; nothing was changed.";
  }

  String noTime(Interpretation.TimeProblem problem) {
    if (problem == Interpretation.TimeProblem.AMBIGUOUS) {
      return ar ? "الساعة كم بالضبط؟ قل لي الوقت الجديد مع الصبح أو العصر أو بالليل، وما غيرت شي."
          : "Is that in the morning or the afternoon? Please say the new time with am or pm; nothing was changed.";
    }
    if (problem == Interpretation.TimeProblem.PAST) {
      return ar ? "هذا الوقت فات، وما غيرت شي." : "That time has already passed; nothing was changed.";
    }
    return ar ? "لأي وقت أنقله؟ قل لي اليوم والساعة." : "To what time should I move it? Please say the day and time.";
  }

  private String item(Plan plan) {
    String title = PlanBriefs.title(plan);
    return (title == null ? noun(plan.intentType()) : title) + " " + SpokenTimes.when(plan.scheduledFor(), now, ar);
  }

  private String titled(Plan plan) {
    String title = PlanBriefs.title(plan);
    return title == null ? "" : ": " + title;
  }

  private String noun(IntentType type) {
    return switch (type) {
      case REMINDER -> ar ? "التذكير" : "your reminder";
      case ALARM -> ar ? "المنبه" : "your alarm";
      case EMAIL -> ar ? "الإيميل" : "your email";
      case WHATSAPP -> ar ? "رسالة الواتساب" : "your WhatsApp message";
    };
  }
}
