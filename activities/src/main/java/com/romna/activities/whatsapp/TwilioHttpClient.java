package com.romna.activities.whatsapp;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.util.Timeout;

/**
 * The SDK's HTTP client with three changes. Every request is made once: the SDK would re-POST a
 * message up to three times, 100 ms apart, on any 5xx, and Apache HttpClient would re-execute it on
 * a 429 or 503 after sleeping out Retry-After inside the activity; retries belong to Temporal, which
 * backs off durably and lets the ledger look first. Requests give up after 20 seconds, inside the
 * delivery activity's 30-second start-to-close timeout, so a hung Twilio becomes a classified
 * failure rather than a timed-out activity. And the last response's {@code Retry-After} is kept
 * (per thread: SDK requests are synchronous) because the SDK's exceptions do not carry headers.
 */
class TwilioHttpClient extends NetworkHttpClient {

  private static final Timeout CONNECT = Timeout.ofSeconds(5);
  private static final Timeout RESPONSE = Timeout.ofSeconds(20);
  private static final ThreadLocal<Duration> RETRY_AFTER = new ThreadLocal<>();

  TwilioHttpClient() {
    super(singleAttempt());
  }

  private static HttpClientBuilder singleAttempt() {
    return HttpClientBuilder.create()
        .useSystemProperties()
        .setConnectionManager(
            PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(
                    ConnectionConfig.custom()
                        .setConnectTimeout(CONNECT)
                        .setSocketTimeout(RESPONSE)
                        .build())
                .setMaxConnPerRoute(10)
                .setMaxConnTotal(20)
                .build())
        .setDefaultRequestConfig(
            RequestConfig.custom()
                .setConnectionRequestTimeout(CONNECT)
                .setResponseTimeout(RESPONSE)
                .build())
        .disableAutomaticRetries();
  }

  @Override
  public Response reliableRequest(Request request) {
    return reliableRequest(request, new int[0], 1, 0);
  }

  @Override
  public Response makeRequest(Request request) {
    RETRY_AFTER.remove();
    Response response = super.makeRequest(request);
    RETRY_AFTER.set(retryAfter(response));
    return response;
  }

  /** The {@code Retry-After} of this thread's last Twilio response, or null. */
  static Duration lastRetryAfter() {
    return RETRY_AFTER.get();
  }

  private static Duration retryAfter(Response response) {
    if (response == null || response.getHeaders() == null) {
      return null;
    }
    for (Header header : response.getHeaders()) {
      if ("Retry-After".equalsIgnoreCase(header.getName())) {
        return parse(header.getValue().strip());
      }
    }
    return null;
  }

  private static Duration parse(String value) {
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
    } catch (NumberFormatException notSeconds) {
      try {
        Duration wait =
            Duration.between(
                ZonedDateTime.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }
}
