package com.romna.api.webhooks;

import com.romna.api.ApiRole;
import com.romna.api.plans.PlanEngine;
import com.romna.api.web.ApiException;
import com.romna.workflows.delivery.DeliveryCallbacks;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Twilio's message status callbacks. Not behind the bearer token: Twilio signs each request with
 * the account's auth token instead, and only the provider side (activities) checks that signature
 * and updates the delivery row. A final status goes to the plan's workflow as a signal: the
 * workflow is the only writer of the plan's status. If Temporal cannot take the signal the answer
 * is an error, so Twilio tries the callback again.
 */
@ApiRole
@RestController
class TwilioWebhookController {

  static final String PATH = "/api/webhooks/twilio/status";

  private static final Logger log = LoggerFactory.getLogger(TwilioWebhookController.class);

  private final ObjectProvider<DeliveryCallbacks> callbacks;
  private final PlanEngine engine;
  private final String publicBaseUrl;

  TwilioWebhookController(
      ObjectProvider<DeliveryCallbacks> callbacks,
      PlanEngine engine,
      @Value("${romna.public-base-url:}") String publicBaseUrl) {
    this.callbacks = callbacks;
    this.engine = engine;
    this.publicBaseUrl = publicBaseUrl;
  }

  @PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<Void> status(
      HttpServletRequest request,
      @RequestHeader(name = "X-Twilio-Signature", required = false) String signature) {
    DeliveryCallbacks provider = callbacks.getIfAvailable();
    if (provider == null) {
      throw notConfigured();
    }
    DeliveryCallbacks.Result result =
        provider.twilioStatus(signedUrl(request), formParameters(request), signature);
    return switch (result.outcome()) {
      case UPDATED -> {
        if (result.receipt() != null && !engine.receipt(result.planId(), result.receipt())) {
          // The plan's receipt window is over: the delivery row has the receipt, the plan keeps
          // what its workflow recorded.
          log.info("receipt for plan {} arrived after its receipt window; recorded on the delivery only",
              result.planId());
        }
        yield ResponseEntity.noContent().build();
      }
      case UNKNOWN_MESSAGE -> ResponseEntity.noContent().build();
      case BAD_SIGNATURE ->
          throw new ApiException(
              HttpStatus.FORBIDDEN,
              "bad-signature",
              "Forbidden",
              "The X-Twilio-Signature header does not match this request.");
      case NOT_CONFIGURED -> throw notConfigured();
    };
  }

  /**
   * The URL Twilio called, which is what it signed. Behind a proxy the request URL differs
   * (scheme, host, port), so the configured public base URL wins when set.
   */
  private String signedUrl(HttpServletRequest request) {
    String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
    if (StringUtils.hasText(publicBaseUrl)) {
      return publicBaseUrl.strip().replaceAll("/+$", "") + PATH + query;
    }
    return request.getRequestURL() + query;
  }

  /** The form body only: Twilio signs the URL (with its query) plus the POST parameters. */
  private static Map<String, String> formParameters(HttpServletRequest request) {
    Set<String> inQuery =
        request.getQueryString() == null
            ? Set.of()
            : UriComponentsBuilder.fromUriString("?" + request.getQueryString())
                .build()
                .getQueryParams()
                .keySet();
    Map<String, String> form = new LinkedHashMap<>();
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (!inQuery.contains(name) && values.length > 0) {
                form.put(name, values[0]);
              }
            });
    return form;
  }

  private static ApiException notConfigured() {
    return new ApiException(
        HttpStatus.NOT_FOUND,
        "not-configured",
        "Not configured",
        "Twilio is not configured on this service (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN).");
  }
}
