package com.romna.activities.email;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.resend.services.emails.Emails;
import com.resend.services.emails.ResendAtFakeServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * WireMock speaking Resend's {@code POST /emails}, including its idempotency: the first request
 * with a key creates an email and gets its id; a repeat with the same key and body gets the same id
 * and creates nothing; the same key with another body is a 409 {@code invalid_idempotent_request},
 * as at Resend.
 */
public final class FakeResend implements AutoCloseable {

  public static final String API_KEY = "re_test_123456789";
  public static final String FROM = "ROMNA <noreply@romna.test>";

  private final IdempotentEmails emails = new IdempotentEmails();
  private final WireMockServer server =
      new WireMockServer(options().dynamicPort().extensions(emails));

  public FakeResend() {
    server.start();
  }

  /** The real SDK's email service pointed at this server. */
  public Emails client() {
    return ResendAtFakeServer.emails(API_KEY, server.baseUrl());
  }

  ResendEmailSender sender() {
    return new ResendEmailSender(client(), FROM);
  }

  /** Every {@code POST /emails} is accepted (deduplicated by key). */
  public void accepts() {
    server.stubFor(post("/emails").willReturn(aResponse().withTransformers(IdempotentEmails.NAME)));
  }

  /** Always answers with this error. */
  public void answers(int status, String body) {
    server.stubFor(post("/emails").willReturn(json(status, body)));
  }

  /** Answers emails to this address with this error, and only those (takes precedence). */
  public void answersFor(String recipient, int status, String body) {
    server.stubFor(
        post("/emails")
            .atPriority(1)
            .withRequestBody(matchingJsonPath("$.to[0]", equalTo(recipient)))
            .willReturn(json(status, body)));
  }

  /** Answers the first request with this error and accepts from then on. */
  public void failsOnceThenAccepts(int status, String body) {
    server.stubFor(
        post("/emails")
            .inScenario("once")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(json(status, body))
            .willSetStateTo("recovered"));
    server.stubFor(
        post("/emails")
            .inScenario("once")
            .whenScenarioStateIs("recovered")
            .willReturn(aResponse().withTransformers(IdempotentEmails.NAME)));
  }

  public void dropsConnections() {
    server.stubFor(
        post("/emails").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
  }

  public List<LoggedRequest> requests() {
    return server.findAll(postRequestedFor(urlEqualTo("/emails")));
  }

  /** Emails Resend would actually send: one per distinct idempotency key it accepted. */
  public int emailsCreated() {
    return emails.created.get();
  }

  /** The id Resend answered for this idempotency key, or null if it created no email for it. */
  public String idFor(String idempotencyKey) {
    String[] first = emails.byKey.get(idempotencyKey);
    return first == null ? null : first[0];
  }

  @Override
  public void close() {
    server.stop();
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  private static final class IdempotentEmails implements ResponseDefinitionTransformerV2 {

    static final String NAME = "resend-idempotent-emails";

    private final Map<String, String[]> byKey = new ConcurrentHashMap<>();
    private final AtomicInteger created = new AtomicInteger();

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      String key = event.getRequest().getHeader("Idempotency-Key");
      String body = event.getRequest().getBodyAsString();
      String id;
      if (key == null) {
        id = "email-" + created.incrementAndGet();
      } else {
        String[] first =
            byKey.computeIfAbsent(
                key, k -> new String[] {"email-" + created.incrementAndGet(), body});
        if (!first[1].equals(body)) {
          return json(
                  409,
                  "{\"statusCode\":409,\"name\":\"invalid_idempotent_request\",\"message\":\"Same"
                      + " idempotency key used with a different request payload.\"}")
              .build();
        }
        id = first[0];
      }
      return json(200, "{\"id\":\"" + id + "\"}").build();
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public String getName() {
      return NAME;
    }
  }
}
