package com.romna.api.voice;

import com.romna.api.plans.Plan;
import com.romna.api.plans.PlanView;
import com.romna.workflows.PlanPayload;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** A plan in a few words, for a spoken list or for the app to ask "which one?". */
final class PlanBriefs {

  private PlanBriefs() {}

  /** {@code title}: the reminder's title, the alarm's label, the email's subject, or null. */
  record Brief(UUID planId, String intentType, String title, OffsetDateTime scheduledFor, String status) {}

  static List<Brief> of(List<Plan> plans) {
    return plans.stream().map(p -> new Brief(p.id(), p.intentType().wire(), title(p),
        PlanView.local(p.scheduledFor(), ZoneId.of(p.timezone())), p.status().wire())).toList();
  }

  static String title(Plan plan) {
    PlanPayload p = plan.payload();
    if (p == null) {
      return null;
    }
    String title = switch (plan.intentType()) {
      case REMINDER -> p.title();
      case ALARM -> p.label();
      case EMAIL -> p.subject();
      case WHATSAPP -> p.message();
    };
    return title == null || title.isBlank() ? null : title.length() > 60 ? title.substring(0, 60) + "…" : title;
  }
}
