package com.romna.activities.whatsapp;

import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The production HTTP client (single attempt, timeouts, Retry-After) sending to a local WireMock
 * instead of {@code https://api.twilio.com}: only scheme, host and port change. Test code only.
 */
final class WireMockHttpClient extends TwilioHttpClient {

  private final String base;

  WireMockHttpClient(int port) {
    // "localhost", not an IP address: the SDK rewrites dotted hosts as Twilio region/edge names.
    this.base = "http://localhost:" + port;
  }

  @Override
  public Response makeRequest(Request request) {
    Request local = new Request(request.getMethod(), base + URI.create(request.getUrl()).getRawPath());
    if (request.getAuthStrategy() != null) {
      local.setAuth(request.getAuthStrategy());
    } else {
      local.setAuth(request.getUsername(), request.getPassword());
    }
    copy(request.getQueryParams(), local::addQueryParam);
    copy(request.getPostParams(), local::addPostParam);
    copy(request.getHeaderParams(), local::addHeaderParam);
    local.setContentType(request.getContentType());
    local.setBody(request.getBody());
    local.setUserAgentExtensions(request.getUserAgentExtensions());
    return super.makeRequest(local);
  }

  private static void copy(Map<String, List<String>> params, BiConsumer<String, String> add) {
    params.forEach((name, values) -> values.forEach(value -> add.accept(name, value)));
  }
}
