package com.romna.api.limits;

import com.romna.api.web.ApiException;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** The 429 every limit answers with: what the limit is and when to come back ({@code Retry-After}). */
final class TooManyRequests {

  private TooManyRequests() {}

  static ApiException of(String type, String title, String detail, int limit, Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    return new ApiException(HttpStatus.TOO_MANY_REQUESTS, type, title,
            detail + " Try again in " + spoken(seconds) + ".")
        .with("limit", limit)
        .with("retryAfterSeconds", seconds)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
  }

  static Duration waitOf(ConsumptionProbe probe) {
    return Duration.ofNanos(probe.getNanosToWaitForRefill());
  }

  private static String spoken(long seconds) {
    if (seconds < 120) {
      return seconds + " s";
    }
    long minutes = (seconds + 59) / 60;
    return minutes < 120 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
  }
}
