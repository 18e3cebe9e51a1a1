package com.romna.api.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What one user may ask of the service. Voice requests are counted per user per minute (a burst of
 * that many, refilled evenly); approved e-mails and WhatsApp messages per user per UTC day.
 *
 * @param maxBodySize largest request body accepted; voice requests are a few hundred bytes
 * @param intakePerMinute {@code POST /api/voice/decide} calls
 * @param interpretPerMinute {@code POST /api/voice/interpret} calls
 * @param emailsPerDay e-mail drafts approved
 * @param whatsappPerDay WhatsApp drafts approved
 */
@ConfigurationProperties("romna.limits")
public record LimitsProperties(
    DataSize maxBodySize,
    int intakePerMinute,
    int interpretPerMinute,
    int emailsPerDay,
    int whatsappPerDay) {

  public LimitsProperties {
    if (maxBodySize == null || maxBodySize.toBytes() <= 0) {
      maxBodySize = DataSize.ofKilobytes(64);
    }
    intakePerMinute = positive(intakePerMinute, 30);
    interpretPerMinute = positive(interpretPerMinute, 60);
    emailsPerDay = positive(emailsPerDay, 50);
    whatsappPerDay = positive(whatsappPerDay, 50);
  }

  private static int positive(int value, int fallback) {
    return value > 0 ? value : fallback;
  }
}
