package com.romna.activities.delivery;

import com.romna.workflows.PlanPayload;
import com.romna.workflows.delivery.ApprovalReminderRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The approval reminder in the user's language (Arabic or English, from the plan's locale): which
 * draft (its kind, title and recipient, so the user can tell drafts apart) and when it expires, in
 * the plan's zone.
 */
final class ApprovalReminderText {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final int TITLE_LENGTH = 60;

  private ApprovalReminderText() {}

  static Notice of(Delivery draft, ApprovalReminderRequest request) {
    ZoneId zone = ZoneId.of(draft.timezone());
    String expiry = LOCAL.format(request.expiresAt().atZone(zone)) + " (" + zone.getId() + ")";
    boolean whatsApp = draft.payload().message() != null; // email drafts have a subject and body instead
    String title = title(draft.payload(), whatsApp);
    String to = draft.payload().to();
    boolean arabic = draft.locale() != null && draft.locale().toLowerCase(Locale.ROOT).startsWith("ar");
    String body = arabic
        ? (whatsApp ? "رسالة واتساب" : "إيميل") + (title == null ? "" : " «" + title + "»")
            + (to == null ? "" : " إلى " + to) + " تنتهي صلاحيتها " + expiry + " إذا ما وافقت عليها."
        : (whatsApp ? "WhatsApp message" : "Email") + (title == null ? "" : " \u201c" + title + "\u201d")
            + (to == null ? "" : " to " + to) + " expires " + expiry + " unless you approve it.";
    return new Notice(Notice.APPROVAL_REMINDER, request.idempotencyKey(),
        arabic ? "مسودة تنتظر موافقتك" : "Draft waiting for your approval", body);
  }

  private static String title(PlanPayload payload, boolean whatsApp) {
    String title = whatsApp ? payload.message() : payload.subject();
    if (title == null || title.isBlank()) {
      return null;
    }
    String one = title.strip().replaceAll("\\s+", " ");
    return one.length() > TITLE_LENGTH ? one.substring(0, TITLE_LENGTH) + "…" : one;
  }
}
