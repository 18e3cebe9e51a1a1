package com.romna.api.limits;

import com.romna.api.auth.Caller;
import com.romna.api.voice.VoiceRequest;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.lang.reflect.Type;
import java.time.Duration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Per-user limits on the voice endpoints, counted as soon as a request's body is read: by then it
 * is known whom the request acts for (the token's user, or the user a service-key call names), so
 * a trusted backend's users are limited one by one too. Nothing in the voice code knows about it.
 */
@ControllerAdvice
class VoiceLimits extends RequestBodyAdviceAdapter {

  static final String DECIDE = "/api/voice/decide";
  static final String INTERPRET = "/api/voice/interpret";

  private final Buckets buckets;
  private final LimitsProperties limits;

  VoiceLimits(Buckets buckets, LimitsProperties limits) {
    this.buckets = buckets;
    this.limits = limits;
  }

  @Override
  public boolean supports(
      MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
    return targetType == VoiceRequest.class;
  }

  @Override
  public Object afterBodyRead(
      Object body,
      HttpInputMessage inputMessage,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    if (!(body instanceof VoiceRequest request)) {
      return body; // a JSON null: Spring refuses the missing body next
    }
    Object route = RequestContextHolder.currentRequestAttributes()
        .getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    if (DECIDE.equals(route)) {
      take("intake", request, limits.intakePerMinute(), "voice requests that create plans");
    } else if (INTERPRET.equals(route)) {
      take("interpret", request, limits.interpretPerMinute(), "interpretations");
    }
    return body;
  }

  private void take(String kind, VoiceRequest request, int perMinute, String what) {
    String user = Caller.current().actingAs(request.userId());
    ConsumptionProbe probe = buckets.take(kind + ":" + user, () -> BucketConfiguration.builder()
        .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
        .build());
    if (!probe.isConsumed()) {
      throw TooManyRequests.of("rate-limited", "Too many requests",
          "At most " + perMinute + " " + what + " a minute are accepted per user.",
          perMinute, TooManyRequests.waitOf(probe));
    }
  }
}
