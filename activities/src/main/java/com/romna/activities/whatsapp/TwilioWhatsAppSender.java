package com.romna.activities.whatsapp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.romna.activities.delivery.DeliveryFailure;
import com.romna.activities.delivery.SentMessage;
import com.romna.activities.delivery.WhatsAppSender;
import com.romna.activities.delivery.Delivery;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.util.StringUtils;

/**
 * Approved WhatsApp drafts through Twilio's Messages API: free-form text, or, when a Content
 * Template is configured, that template with the message as its variable {@code {{1}}}. Twilio has
 * no idempotency key, so a retried activity first looks for the message its earlier attempt may
 * have left with Twilio ({@link #findEarlier}) and sends only when there is none.
 */
class TwilioWhatsAppSender implements WhatsAppSender {

  static final String PROVIDER = "twilio";

  private final TwilioRestClient client;
  private final String from;
  private final String contentSid;
  private final String statusCallback;
  private final EarlierMessages earlier;

  /**
   * @param from the sender, {@code whatsapp:+<E.164>}
   * @param contentSid a Content Template ({@code HX...}), or null for free-form text
   * @param statusCallback where Twilio reports delivery statuses, or null for no callbacks
   */
  TwilioWhatsAppSender(
      TwilioRestClient client, String from, String contentSid, String statusCallback) {
    this.client = client;
    this.from = from;
    this.contentSid = StringUtils.hasText(contentSid) ? contentSid : null;
    this.statusCallback = StringUtils.hasText(statusCallback) ? statusCallback : null;
    this.earlier = new EarlierMessages(client, from, this.contentSid != null);
  }

  @Override
  public String provider() {
    return PROVIDER;
  }

  /** The draft's number as {@code whatsapp:+<E.164>}; none when the draft has no number. */
  @Override
  public List<String> recipients(Delivery delivery) {
    String to = delivery.payload().to();
    if (!StringUtils.hasText(to)) {
      return List.of();
    }
    return List.of(
        WhatsAppAddress.parse(to)
            .orElseThrow(
                () ->
                    DeliveryFailure.rejected(
                        "WhatsApp message not sent: the recipient's number is not in international"
                            + " format (e.g. +966501234567)",
                        null)));
  }

  /** With a status callback, Twilio reports whether WhatsApp delivered the message. */
  @Override
  public boolean reportsReceipts() {
    return statusCallback != null;
  }

  @Override
  public SentMessage send(Delivery delivery, String recipient, String idempotencyKey) {
    String message = delivery.payload().message();
    if (!StringUtils.hasText(message)) {
      throw DeliveryFailure.rejected("WhatsApp message not sent: the draft has no message", null);
    }
    try {
      Message created = creator(recipient, message).create(client);
      return sentMessage(created, recipient, message);
    } catch (TwilioException e) {
      throw TwilioErrors.classify(e);
    }
  }

  @Override
  public Optional<SentMessage> findEarlier(Delivery delivery, String recipient, Instant since) {
    String message = delivery.payload().message();
    try {
      return earlier.find(recipient, message, since).map(m -> sentMessage(m, recipient, message));
    } catch (TwilioException e) {
      throw TwilioErrors.classify(e);
    }
  }

  private MessageCreator creator(String recipient, String message) {
    MessageCreator creator;
    if (contentSid == null) {
      creator = Message.creator(new PhoneNumber(recipient), new PhoneNumber(from), message);
    } else {
      creator =
          Message.creator(new PhoneNumber(recipient), new PhoneNumber(from), (String) null)
              .setContentSid(contentSid)
              .setContentVariables(contentVariables(message));
    }
    return statusCallback == null ? creator : creator.setStatusCallback(statusCallback);
  }

  /** The template's only variable, {@code {{1}}}, is the message the user approved. */
  private String contentVariables(String message) {
    try {
      return client.getObjectMapper().writeValueAsString(Map.of("1", message));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private SentMessage sentMessage(Message message, String recipient, String text) {
    TwilioErrors.requireAccepted(message);
    Map<String, String> content = new LinkedHashMap<>();
    content.put("message", text);
    if (contentSid != null) {
      content.put("contentSid", contentSid);
    }
    return new SentMessage(
        PROVIDER, message.getSid(), TwilioStatus.ledgerStatus(message.getStatus()), recipient, content);
  }
}
