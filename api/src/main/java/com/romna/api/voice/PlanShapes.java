package com.romna.api.voice;

import com.romna.understanding.Content;
import com.romna.understanding.Interpretation;
import com.romna.understanding.PlanKind;
import com.romna.workflows.IntentType;
import com.romna.workflows.PlanPayload;

/** Understanding speaks its own vocabulary; plans are stored and executed in the workflows' one. */
public final class PlanShapes {

  private PlanShapes() {}

  public static IntentType type(PlanKind kind) {
    return kind == null ? null : IntentType.valueOf(kind.name());
  }

  public static PlanKind kind(IntentType type) {
    return type == null ? null : PlanKind.valueOf(type.name());
  }

  /** What the plan delivers: a reminder's title, an alarm's label, an e-mail or a message to its recipient. */
  public static PlanPayload payload(Interpretation in) {
    Content c = in.content();
    if (in.intent() == null || c == null) {
      return null;
    }
    return switch (in.intent()) {
      case CREATE_REMINDER -> PlanPayload.reminder(c.title());
      case CREATE_ALARM -> PlanPayload.alarm(c.title());
      case SEND_EMAIL -> PlanPayload.email(in.recipient(), c.subject(), c.body());
      case SEND_WHATSAPP -> PlanPayload.whatsApp(in.recipient(), c.body());
    };
  }
}
