package com.romna.activities.whatsapp;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * WhatsApp through Twilio.
 *
 * @param accountSid {@code TWILIO_ACCOUNT_SID}; with the auth token, switches WhatsApp to Twilio
 * @param authToken {@code TWILIO_AUTH_TOKEN}; also what Twilio signs its status callbacks with
 * @param from {@code TWILIO_WHATSAPP_FROM}, the WhatsApp-enabled sender number in E.164 ({@code
 *     +14155238886}); required once the credentials are set
 * @param contentSid {@code TWILIO_WHATSAPP_CONTENT_SID}, optional: a Content Template ({@code
 *     HX...}) whose variable {@code {{1}}} receives the message. Without it messages are free-form
 *     text, which WhatsApp only accepts within 24 hours of the recipient's last message.
 */
@ConfigurationProperties("romna.whatsapp.twilio")
public record TwilioProperties(String accountSid, String authToken, String from, String contentSid) {

  boolean usesTemplate() {
    return StringUtils.hasText(contentSid);
  }

  /** The sender as Twilio addresses it, failing start-up with a clear message when it is unusable. */
  String sender() {
    if (!StringUtils.hasText(from)) {
      throw new IllegalStateException(
          "TWILIO_WHATSAPP_FROM is required when TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are set:"
              + " the WhatsApp-enabled sender number in E.164, e.g. +14155238886");
    }
    return WhatsAppAddress.parse(from)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "TWILIO_WHATSAPP_FROM '"
                        + from
                        + "' is not a phone number in E.164 format, e.g. +14155238886"));
  }
}
