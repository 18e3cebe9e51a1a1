package com.romna.api.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What one user (or one client) may ask of the service.
 *
 * @param maxBodySize largest request body accepted; voice requests are a few hundred bytes
 */
@ConfigurationProperties("romna.limits")
public record LimitsProperties(DataSize maxBodySize) {

  public LimitsProperties {
    if (maxBodySize == null || maxBodySize.toBytes() <= 0) {
      maxBodySize = DataSize.ofKilobytes(64);
    }
  }
}
