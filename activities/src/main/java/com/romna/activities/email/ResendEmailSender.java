package com.romna.activities.email;

import com.resend.core.exception.ResendException;
import com.resend.core.net.RequestOptions;
import com.resend.services.emails.Emails;
import com.resend.services.emails.model.CreateEmailOptions;
import com.resend.services.emails.model.CreateEmailResponse;
import com.romna.activities.delivery.DeliveryFailure;
import com.romna.activities.delivery.EmailSender;
import com.romna.activities.delivery.SentMessage;
import com.romna.activities.delivery.Delivery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends approved email drafts through Resend: one recipient, a plain-text part and an HTML part
 * laid out right-to-left for Arabic.
 *
 * <p>Every request carries Resend's {@code Idempotency-Key}, the plan-derived key the delivery
 * service passes in ({@code plan/<planId>/email}). Resend keeps a key for 24 hours and answers a
 * repeated request with the first response instead of sending again; the email activity gives up
 * after 12 hours (ActivityPolicies.MESSAGE), so every retry falls inside that window. That is why
 * this sender needs no {@code findEarlier}: after an attempt that died mid-way, sending again is
 * how the ledger learns the id of the email Resend already has.
 */
public class ResendEmailSender implements EmailSender {

  public static final String PROVIDER = "resend";

  private final Emails emails;
  private final String from;

  /**
   * @param emails {@code new Resend(apiKey).emails()} in production
   * @param from the verified sender, e.g. {@code ROMNA <noreply@example.com>}
   */
  public ResendEmailSender(Emails emails, String from) {
    this.emails = emails;
    this.from = from;
  }

  @Override
  public String provider() {
    return PROVIDER;
  }

  /** The draft's single address; none at all lets the delivery service reject the draft. */
  @Override
  public List<String> recipients(Delivery delivery) {
    String to = delivery.payload().to();
    return to == null || to.isBlank() ? List.of() : List.of(to.strip());
  }

  @Override
  public SentMessage send(Delivery delivery, String recipient, String idempotencyKey) {
    EmailMessage message = EmailMessage.of(delivery.payload(), delivery.locale());
    CreateEmailOptions request =
        CreateEmailOptions.builder()
            .from(from)
            .to(recipient)
            .subject(message.subject())
            .text(message.text())
            .html(message.html())
            .build();
    CreateEmailResponse response;
    try {
      response =
          emails.send(request, RequestOptions.builder().setIdempotencyKey(idempotencyKey).build());
    } catch (ResendException e) {
      throw ResendFailures.classify(e);
    } catch (RuntimeException e) {
      throw ResendFailures.unreachable(e);
    }
    if (response == null || response.getId() == null) {
      // Accepted (2xx) but unreadable: the same key makes asking again harmless, and the answer
      // then carries the id the ledger needs.
      throw DeliveryFailure.unavailable(
          "Resend accepted the email but its answer had no id", null, null);
    }
    return new SentMessage(PROVIDER, response.getId(), "sent", recipient, content(message));
  }

  private static Map<String, String> content(EmailMessage message) {
    Map<String, String> content = new LinkedHashMap<>();
    content.put("subject", message.subject());
    content.put("body", message.text());
    return content;
  }
}
