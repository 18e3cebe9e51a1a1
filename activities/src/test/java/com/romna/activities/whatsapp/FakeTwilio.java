package com.romna.activities.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.twilio.http.TwilioRestClient;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A local server speaking Twilio's Messages API (form-encoded requests, Twilio-shaped JSON), and
 * the real SDK client pointed at it. Without a stub the message list is empty.
 */
public final class FakeTwilio implements AutoCloseable {

  public static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
  public static final String AUTH_TOKEN = "0123456789abcdef0123456789abcdef";
  public static final String FROM = "whatsapp:+14155238886";
  public static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter RFC_2822 =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US);

  final WireMockServer server = new WireMockServer(options().dynamicPort());

  public FakeTwilio() {
    server.start();
    server.stubFor(get(urlPathEqualTo(MESSAGES)).atPriority(10).willReturn(json(200, page())));
  }

  /** Adds a stub, e.g. {@code stubFor(send().willReturn(created(...)))}. */
  public void stubFor(MappingBuilder stub) {
    server.stubFor(stub);
  }

  TwilioRestClient client() {
    return new TwilioRestClient.Builder(ACCOUNT_SID, AUTH_TOKEN)
        .httpClient(new WireMockHttpClient(server.port()))
        .build();
  }

  TwilioWhatsAppSender sender(String contentSid, String statusCallback) {
    return new TwilioWhatsAppSender(client(), FROM, contentSid, statusCallback);
  }

  public static MappingBuilder send() {
    return post(urlPathEqualTo(MESSAGES));
  }

  public static MappingBuilder list() {
    return get(urlPathEqualTo(MESSAGES));
  }

  /**
   * Twilio's message list now holds this message, created at {@code created} (the service's
   * clock): what a retry looks for before sending again.
   */
  public void lists(String sid, String to, String body, Instant created) {
    server.stubFor(list().atPriority(5).willReturn(json(200, page(message(sid, to, body, "queued", created)))));
  }

  /** Twilio's 201 for a new message, as queued. */
  public static ResponseDefinitionBuilder created(String sid, String to, String body) {
    return json(201, message(sid, to, body, "queued", Instant.now()));
  }

  /** Twilio's error body, e.g. {@code {"code":21211,"message":...,"status":400}}. */
  public static ResponseDefinitionBuilder error(int status, int code, String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", code);
    error.put("message", message);
    error.put("more_info", "https://www.twilio.com/docs/errors/" + code);
    error.put("status", status);
    return json(status, error);
  }

  static Map<String, Object> message(String sid, String to, String body, String status, Instant created) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("account_sid", ACCOUNT_SID);
    m.put("api_version", "2010-04-01");
    m.put("body", body);
    m.put("date_created", RFC_2822.format(created.atZone(ZoneOffset.UTC)));
    m.put("date_sent", "queued".equals(status) ? null : RFC_2822.format(created.atZone(ZoneOffset.UTC)));
    m.put("date_updated", RFC_2822.format(created.atZone(ZoneOffset.UTC)));
    m.put("direction", "outbound-api");
    m.put("error_code", null);
    m.put("error_message", null);
    m.put("from", FROM);
    m.put("messaging_service_sid", null);
    m.put("num_media", "0");
    m.put("num_segments", "1");
    m.put("price", null);
    m.put("price_unit", "USD");
    m.put("sid", sid);
    m.put("status", status);
    m.put("subresource_uris", Map.of("media", "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages/" + sid + "/Media.json"));
    m.put("to", to);
    m.put("uri", "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages/" + sid + ".json");
    return m;
  }

  /** A page of the message list, newest first, as Twilio returns it. */
  @SafeVarargs
  static Map<String, Object> page(Map<String, Object>... messages) {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("end", Math.max(0, messages.length - 1));
    page.put("first_page_uri", MESSAGES + "?PageSize=50&Page=0");
    page.put("messages", List.of(messages));
    page.put("next_page_uri", null);
    page.put("page", 0);
    page.put("page_size", 50);
    page.put("previous_page_uri", null);
    page.put("start", 0);
    page.put("uri", MESSAGES + "?PageSize=50&Page=0");
    return page;
  }

  static ResponseDefinitionBuilder json(int status, Object body) {
    try {
      return aResponse()
          .withStatus(status)
          .withHeader("Content-Type", "application/json; charset=utf-8")
          .withBody(JSON.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The form parameters of every message creation Twilio received, in order. */
  public List<Map<String, String>> sends() {
    return server.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))).stream()
        .map(FakeTwilio::form)
        .toList();
  }

  /** Messages Twilio created (answered 201) for this recipient, e.g. {@code whatsapp:+9665...}. */
  public long created(String to) {
    return server.getAllServeEvents().stream()
        .filter(e -> e.getRequest().getMethod().getName().equals("POST"))
        .filter(e -> e.getRequest().getUrl().startsWith(MESSAGES))
        .filter(e -> e.getResponse().getStatus() == 201)
        .filter(e -> to.equals(form(e.getRequest()).get("To")))
        .count();
  }

  /** Message creations Twilio received for this recipient, whatever it answered. */
  public long sendsTo(String to) {
    return sends().stream().filter(form -> to.equals(form.get("To"))).count();
  }

  public List<LoggedRequest> sendRequests() {
    return server.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)));
  }

  public List<LoggedRequest> lookups() {
    return server.findAll(getRequestedFor(urlPathEqualTo(MESSAGES)));
  }

  private static Map<String, String> form(com.github.tomakehurst.wiremock.http.Request request) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : request.getBodyAsString().split("&")) {
      int eq = pair.indexOf('=');
      form.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return form;
  }

  @Override
  public void close() {
    server.stop();
  }
}
